import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { BlastRadius, type AssetView } from '../../../src/app/views/BlastRadius.tsx';

const assets: AssetView[] = [
  { id: 'repo', label: 'project repo', zone: 'workspace', mark: 'touched', weight: 2 },
  { id: 'aws', label: '~/.aws/credentials', zone: 'host-secrets', mark: 'exfiltrated', weight: 10 },
  { id: 'ssh', label: '~/.ssh/id_ed25519', zone: 'host-secrets', mark: 'unreachable', weight: 10 },
];

describe('BlastRadius', () => {
  it('exposes both scores under their stable test ids', () => {
    render(<BlastRadius product="claude-code" assets={assets} reachableScore={22} realizedScore={12} />);
    expect(screen.getByTestId('reachable-score-claude-code').textContent).toBe('22');
    expect(screen.getByTestId('blast-score-claude-code').textContent).toBe('12');
  });

  it('draws every asset with its mark and lists the non-trivial ones as text', () => {
    const { container } = render(<BlastRadius product="cowork" assets={assets} reachableScore={0} realizedScore={0} />);
    const marks = [...container.querySelectorAll('[data-asset]')].map((g) => `${g.getAttribute('data-asset')}:${g.getAttribute('data-mark')}`);
    expect(marks.sort()).toEqual(['aws:exfiltrated', 'repo:touched', 'ssh:unreachable']);
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([expect.stringContaining('touched project repo'), expect.stringContaining('exfiltrated ~/.aws/credentials')]);
  });
});
