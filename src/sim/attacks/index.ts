// The attack catalogue: every technique the adaptive worst-case attacker tries, in the order it tries
// them (the common channels first, the ones that need a later session last). One file per technique.
import { codeHostApi } from './techniques/codeHostApi.ts';
import { curlPost } from './techniques/curl.ts';
import { devTcp } from './techniques/devTcp.ts';
import { dnsLabels } from './techniques/dnsLabels.ts';
import { editTool } from './techniques/editTool.ts';
import { escapeHatch } from './techniques/escapeHatch.ts';
import { escapeHatchFileArg } from './techniques/escapeHatchFileArg.ts';
import { excludedCommand } from './techniques/excludedCommand.ts';
import { filesApi } from './techniques/filesApi.ts';
import { gitPush } from './techniques/gitPush.ts';
import { mcpTool } from './techniques/mcpTool.ts';
import { netcat } from './techniques/netcat.ts';
import { nodeFetch } from './techniques/nodeFetch.ts';
import { pythonUrllib } from './techniques/pythonUrllib.ts';
import { readThenCurl } from './techniques/readThenCurl.ts';
import { sessionHook } from './techniques/sessionHook.ts';
import { shellAppend } from './techniques/shellAppend.ts';
import { splitName } from './techniques/splitName.ts';
import { symlink } from './techniques/symlink.ts';
import { webFetchUrl } from './techniques/webFetch.ts';
import { wgetPost } from './techniques/wget.ts';
import type { GoalKind, Technique } from './types.ts';

export type { AttackContext, AttackGoal, AttackPlan, GoalKind, Technique } from './types.ts';

export const TECHNIQUES: readonly Technique[] = [
  curlPost, wgetPost, pythonUrllib, nodeFetch, devTcp, netcat, gitPush, codeHostApi, webFetchUrl, readThenCurl, splitName,
  mcpTool, filesApi, dnsLabels, shellAppend, editTool, symlink, excludedCommand, escapeHatch, escapeHatchFileArg, sessionHook,
];

/** The techniques that serve a goal, in the order the attacker tries them. */
export function techniquesServing(goal: GoalKind): Technique[] {
  return TECHNIQUES.filter((t) => t.goals.includes(goal));
}

export function techniqueById(id: string): Technique | undefined {
  return TECHNIQUES.find((t) => t.id === id);
}
