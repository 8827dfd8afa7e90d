// The review as SARIF 2.1.0 (https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html), so
// code scanning shows findings on the pull request that changes a settings file. One rule per
// incident and per kind of file finding; one result per incident that is not contained and per
// finding; each located at the settings file and the line/column of the key responsible (or of the
// file's first line when no file sets it and a default applies). Severity comes from the blast
// radius: `level` from whether a boundary or only a prompt stood in the way, and the rule's
// `security-severity` (GitHub's 0-10 scale) from the blast score.
import { locate, parseJsonText, type Located } from '../config/jsonText.ts';
import type { CheckReport, IncidentCheck } from './check.ts';
import type { ReviewFormat } from './configProfile.ts';
import type { FileFinding, FileReview } from './fileFindings.ts';
import { responsibleKeys } from './responsible.ts';
import { configChange } from './recommend.ts';

export interface SarifSource {
  /** As the reviewer named it on the command line. */
  name: string;
  /** The artifact URI: relative to the repository root when the file is inside it. */
  uri: string;
  text: string;
}

export interface SarifOptions {
  format: ReviewFormat;
  review: FileReview;
  sources: readonly SarifSource[];
  toolVersion: string;
}

type Level = 'error' | 'warning' | 'note';

interface Region { startLine: number; startColumn: number }
interface SarifLocation { physicalLocation: { artifactLocation: { uri: string }; region: Region }; message?: { text: string } }

const FINDING_RULES: Record<string, string> = {
  'settings/unknown-key': 'A key the tool does not know (ignored: whatever it was meant to set is not set)',
  'settings/misplaced-key': 'A known key in the wrong place (ignored where it is)',
  'settings/env-credential-route': 'An environment variable that changes where credentials or traffic go',
  'settings/credential-helper': 'A credential helper command run on the host, outside the sandbox',
  'settings/host-command': 'A command Claude Code runs on the host, outside the sandbox',
  'settings/hook-unsandboxed': 'A hook command run on the host, outside the sandbox',
  'settings/hook-gate': 'A PreToolUse hook that can block tool calls',
  'settings/hooks-disabled': 'Hooks switched off',
  'settings/hook-not-modeled': 'A hook of a type the simulation does not run',
  'settings/unix-socket': 'A Unix socket reachable from the sandbox',
  'settings/external-proxy': 'Domain filtering handed to an outside proxy',
  'settings/weaker-sandbox': 'A weaker sandbox mode',
  'settings/sandbox-rules-inert': 'Sandbox rules with the sandbox off',
  'settings/bypass-permissions': 'Permission checks switched off',
  'settings/project-mcp': 'Project MCP servers started without asking',
};

function incidentLevel(i: IncidentCheck): Level {
  return i.decidedBy === 'approval-queue' ? 'warning' : 'error';
}

function region(pos: Located | null): Region {
  return pos ? { startLine: pos.key.line, startColumn: pos.key.column } : { startLine: 1, startColumn: 1 };
}

export function reviewSarif(report: CheckReport, options: SarifOptions): object {
  const parsed = options.sources.map((s) => {
    const r = parseJsonText(s.text);
    return { ...s, value: r.ok ? r.value : null, positions: r.ok ? r.positions : new Map<string, Located>() };
  });
  const byName = new Map(parsed.map((p) => [p.name, p]));
  const first = parsed[0];
  const where = (source: string | null, path: string, text?: string): SarifLocation | null => {
    const s = source === null ? first : byName.get(source);
    if (!s) return null;
    const loc: SarifLocation = { physicalLocation: { artifactLocation: { uri: s.uri }, region: region(source === null ? null : locate(s.positions, path)) } };
    if (text) loc.message = { text };
    return loc;
  };

  // An incident that does not apply to this product is not a finding about the file.
  const failing = report.incidents.filter((i) => !i.contained && i.status !== 'not-applicable');
  const rules = [
    ...report.incidents.filter((i) => i.status !== 'not-applicable').map((i) => ({
      id: `incident/${i.id}`,
      name: i.id.replace(/(^|-)([a-z])/g, (_m, _d: string, c: string) => c.toUpperCase()),
      shortDescription: { text: `Incident not contained: ${i.title}` },
      fullDescription: { text: `Replays the "${i.title}" incident against the settings in the worst case (the agent follows every injection; a prompt is not a boundary).` },
      help: { text: i.recommendation ? `Fix: ${i.recommendation.summary}` : 'See the containment review report.' },
      defaultConfiguration: { level: incidentLevel(i) },
      properties: { 'security-severity': (i.blast.score / 10).toFixed(1), tags: ['security', 'containment'] },
    })),
    ...[...new Set(options.review.findings.map((f) => f.rule))].map((id) => ({
      id,
      shortDescription: { text: FINDING_RULES[id] ?? id },
      defaultConfiguration: { level: 'warning' as Level },
      properties: { tags: ['security', 'settings'] },
    })),
  ];

  const incidentResults = failing.map((i) => {
    const keys = responsibleKeys(i, report.product, options.format, parsed.map((p) => ({ name: p.name, value: p.value })));
    const locations = keys.map((k) => where(k.source, k.path, `${k.path}: ${k.why}`)).filter((l): l is SarifLocation => l !== null);
    const fallback = where(null, '');
    const fix = i.recommendation ? ` Fix: ${i.recommendation.changes.map((c) => configChange(options.format, c).text).join('; ')} (${i.recommendation.verified ? 'contains it when re-run' : 'not enough alone'}).` : '';
    return {
      ruleId: `incident/${i.id}`,
      level: incidentLevel(i),
      message: { text: `${i.title}: not contained${i.decidedBy === 'approval-queue' ? ' (only a person answering a prompt stood in the way)' : ''}${i.technique ? ` (got through by ${i.technique})` : ''}. ${i.reason}. Blast radius ${i.blast.score}/100.${fix}` },
      locations: locations.length > 0 ? locations.slice(0, 1) : fallback ? [fallback] : [],
      ...(locations.length > 1 ? { relatedLocations: locations.slice(1).map((l, n) => ({ id: n + 1, ...l })) } : {}),
      properties: { blastScore: i.blast.score, reachable: i.blast.reachable, realized: i.blast.realized },
    };
  });

  const findingResults = options.review.findings.map((f: FileFinding) => {
    const locations = f.paths.map((p) => where(f.source, p)).filter((l): l is SarifLocation => l !== null);
    return {
      ruleId: f.rule,
      level: f.level,
      message: { text: `${f.title}. ${f.detail}${f.fix ? ` Fix: ${f.fix}.` : ''}` },
      locations: locations.slice(0, 1),
      ...(locations.length > 1 ? { relatedLocations: locations.slice(1).map((l, n) => ({ id: n + 1, ...l })) } : {}),
    };
  });

  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'containment-lab', version: options.toolVersion, rules } },
      artifacts: options.sources.map((s) => ({ location: { uri: s.uri } })),
      results: [...incidentResults, ...findingResults],
    }],
  };
}
