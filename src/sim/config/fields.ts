// Field schemas shared by the sandbox-runtime and Claude Code importers.
import { z } from 'zod';
import { domainPatternProblem } from '../policy/domains.ts';

/** allowedDomains / deniedDomains, with sandbox-runtime's load-time checks and our reasons. */
export function domainList(list: 'allow' | 'deny') {
  return z.array(z.string().superRefine((value, ctx) => {
    const problem = domainPatternProblem(value, list);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
  }));
}

export const pathEntry = z.string().min(1, 'is empty: a path is required');
