// The review report as Markdown: what the engine understood of the config, every incident's verdict
// and blast radius, and for each incident that is not contained the change a reviewer would make in
// their own file, already re-run to say whether it contains the incident. Pure, so the review page
// renders the same text the CLI writes.
import { escapeControl } from '../core/controlChars.ts';
import type { AssetBlast } from '../blast/blastRadius.ts';
import type { CheckReport, IncidentCheck } from './check.ts';
import { statusCounts } from './statusCounts.ts';
import { describeProfile, type ReviewFormat } from './configProfile.ts';
import { configChange } from './recommend.ts';
import { notModeledKeys, type FileReview } from './fileFindings.ts';
import { plainSummary } from './summary.ts';
import { proofSentences, type RecommendationProof } from './proofText.ts';
import type { ParsedSource } from './responsible.ts';
import { allowlistedHosts, harmHosts, parsedTexts, whyItApplies } from './whyHere.ts';

export interface ReportSource {
  /** The files the profile came from, as the reviewer named them. */
  files: string[];
  format: ReviewFormat;
  /** Findings and key accounting from the files themselves (importConfig / reviewFiles). */
  review?: FileReview;
  /** The files' text, so each incident says which of their keys let it through (whyHere.ts). */
  texts?: { name: string; text: string }[];
}

function proofLines(p: RecommendationProof): string[] {
  return proofSentences(p).map((s) => `  - ${s}`);
}

function findingLines(review: FileReview): string[] {
  if (review.findings.length === 0) return ['No findings in the file beyond what the incidents show.', ''];
  const out: string[] = [];
  for (const f of review.findings) {
    out.push(`- **${f.level}** ${f.title}. ${f.detail} Responsible: ${f.paths.map((p) => `\`${f.source}\` \`${p}\``).join(', ')}.${f.fix ? ` Fix: ${f.fix}.` : ''}`);
  }
  out.push('');
  return out;
}

function notModeledLines(review: FileReview): string[] {
  const keys = notModeledKeys(review);
  if (keys.length === 0) return ['Every key in the file is modeled by the engine or has no bearing on containment.', ''];
  return [
    'These keys are in the file and change what an agent can do, but the incident runs do not simulate them: the verdicts above hold as if they were absent.', '',
    ...keys.map((k) => `- \`${k.path}\` (${k.source}): ${k.info.effect}`), '',
  ];
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function verdictWord(i: IncidentCheck): string {
  if (i.status === 'contained') return 'yes';
  if (i.status === 'not-applicable') return 'n/a';
  return i.status === 'prompt-only' ? 'no (only a prompt)' : 'no';
}

/** Per technique tried, what became of it: the layer that stopped it, or how it got through. */
function attemptsLine(i: IncidentCheck): string {
  const parts = i.attempts.map((a) => `${a.technique}: ${a.status === 'contained' ? `stopped by ${a.verdict.decidedBy ?? '?'}` : a.status}`);
  return `Techniques tried (${i.attempts.length}): ${parts.join('; ')}.`;
}

function assetLine(a: AssetBlast): string {
  const open = a.grants.filter((g) => g.verdict !== 'deny').map((g) => (g.verdict === 'ask' ? `${g.capability} (behind a prompt)` : g.capability));
  const did = a.effects.length > 0 ? `; happened: ${a.effects.join(', ')}${a.seenBy.length > 0 ? ` (seen by ${a.seenBy.join(', ')})` : ''}` : '';
  return `  - ${a.label} [${a.zone}, weight ${a.weight}]: ${open.length > 0 ? `reachable: ${open.join(', ')}` : 'out of reach'}${did}`;
}

function incidentSection(i: IncidentCheck, report: CheckReport, format: ReviewFormat, parsed: ParsedSource[] | null): string[] {
  const out = [`### ${i.id}: ${i.title}`, '', `Contained: **${verdictWord(i)}**. ${i.reason}.`];
  if (i.harms.length > 0) out.push(`Harm observed: ${i.harms.join(', ')}.`);
  if (i.attempts.length > 1 || i.technique !== null) out.push(attemptsLine(i));
  const why = parsed === null ? null : whyItApplies(i, report.profile, format, parsed);
  out.push(why === null ? `${parsed === null ? 'Why it applies here' : 'About the product'}: ${i.note}` : `Why it applies here: ${why}`, '');
  out.push(`Blast radius: score ${i.blast.score}/100 (reachable ${i.blast.reachable} of ${i.blast.maximum} points: ${i.blast.reachable - i.blast.behindPrompt} open, ${i.blast.behindPrompt} behind a prompt; realized ${i.blast.realized}).`);
  const touched = i.blast.assets.filter((a) => a.effects.length > 0);
  if (touched.length > 0) {
    out.push('', 'What the run did:');
    out.push(...touched.map(assetLine));
  }
  if (i.recommendation) {
    const r = i.recommendation;
    out.push('', `Recommendation: ${r.summary}`);
    for (const c of r.changes) out.push(`  - ${configChange(format, c).text}`);
    out.push(`  - Verified by re-running the incident with the change: ${r.after}.`);
    if (r.proof) out.push(...proofLines(r.proof));
  } else if (!i.contained && i.status !== 'not-applicable') {
    const listed = parsed === null ? [] : allowlistedHosts(parsed, format, harmHosts(i));
    out.push('', listed.length > 0
      ? `Recommendation: the file itself opens the way out: ${listed.map((a) => `\`${a.source}\` \`${a.path}\` ("${a.entry}") admits ${a.host}`).join('; ')}. An allowlist is a capability grant: every function reachable on an allowed host is reachable to the agent, so narrow or remove that entry (the incident has no settings fix of its own for this product).`
      : 'Recommendation: no settings change is known to contain this incident for this product (its shipped form does not either); compare your config with the shipped profile (`containment-lab check` on the product-profile JSON of the shipped preset).');
  }
  out.push('');
  return out;
}

export function reviewMarkdown(report: CheckReport, source: ReportSource): string {
  const n = statusCounts(report);
  const out: string[] = [
    `# Containment review: ${report.product}`, '',
    `Config: ${source.files.map((f) => `\`${f}\``).join(', ')} (read as ${source.format}).`, '',
    ...(source.review ? ['## Summary', '', plainSummary(report, source.review).join(' '), ''] : []),
    'What the engine understood:', ...describeProfile(report.profile).map((l) => `- ${l}`), '',
    `**${n.contained} of ${n.applicable} applicable incidents contained** (${n.promptOnly} held only by a prompt, ${n.notContained} not contained, ${n.notApplicable} not applicable). Judged in the worst case: the agent follows every injection, every technique in the attack catalogue that serves the incident's goal is tried, and a harm stopped only by a person answering a prompt does not count as contained (approvals are not a boundary).`, '',
    '| incident | contained | technique that got through | decided by | blast score | open | behind a prompt | realized | prompts |',
    '| --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: |',
    ...report.incidents.map((i) => `| ${cell(i.id)} | ${verdictWord(i)} | ${i.technique ?? '-'} | ${i.decidedBy ?? '-'} | ${i.blast.score} | ${i.blast.reachable - i.blast.behindPrompt} | ${i.blast.behindPrompt} | ${i.blast.realized} | ${i.prompts} |`),
    '',
    ...(source.review ? ['## Findings in the file', '', ...findingLines(source.review), '## Keys not modeled', '', ...notModeledLines(source.review)] : []),
    '## Incidents', '',
  ];
  const parsed = source.texts === undefined ? null : parsedTexts(source.texts);
  for (const i of report.incidents) out.push(...incidentSection(i, report, source.format, parsed));
  out.push('Scores: reachable = sum over assets of weight x capabilities not denied; realized = sum over assets of weight x effect multipliers; score = reachable as a percentage of the world\'s maximum. Weights: see the README, "Blast radius: how it is scored".', '');
  // Names, rules and paths come from the reviewed file: a report is read in terminals and diff views too.
  return escapeControl(out.join('\n'));
}
