import type { Badge } from '../../workspace/badges.ts';

const meaning: Record<Badge, string> = {
  read: 'the agent read this file',
  changed: 'the agent changed this file',
  created: 'the agent created this',
  deleted: 'the agent deleted this',
  exfiltrated: 'content of this file left the machine',
};

/** Badges carry their word, not just a colour, so they read in any colour vision and in a screen reader. */
export function FileBadges({ badges }: { badges: readonly Badge[] }) {
  if (badges.length === 0) return null;
  return (
    <span className="file-badges">
      {badges.map((badge) => (
        <span key={badge} className={`file-badge file-badge--${badge}`} title={meaning[badge]} data-badge={badge}>
          {badge}
        </span>
      ))}
    </span>
  );
}
