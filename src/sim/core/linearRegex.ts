// A regular-expression matcher whose running time is linear in the input: the pattern is compiled to
// a Thompson NFA and simulated breadth-first (every live state advances together), so no input can
// make it backtrack. It accepts the subset of JavaScript syntax that needs no backtracking: literals
// and escapes, `.`, classes, groups, alternation, `* + ? {n,m}` (greedy or lazy: `test` does not
// care), `^ $ \b \B`. Backreferences and lookaround are refused with UnsupportedPattern.
//
// Glob and permission-rule matchers (src/sim/policy) and authored harm patterns compile through here,
// because their text comes from settings files and share links. Cost per `test`: at most
// (input length + 1) x (program size) state visits, counted in `matcherSteps` for the property tests.

export class UnsupportedPattern extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsupportedPattern';
  }
}

/** Instructions beyond this (after expanding `{n,m}`) are refused: the bound keeps each step cheap. */
export const MAX_PROGRAM = 20_000;

type CharTest = (c: number) => boolean;
type Assertion = 'start' | 'end' | 'word' | 'not-word';

type Node =
  | { t: 'char'; test: CharTest }
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; options: Node[] }
  | { t: 'repeat'; node: Node; min: number; max: number }
  | { t: 'assert'; kind: Assertion };

type Inst =
  | { op: 'char'; test: CharTest; next: number }
  | { op: 'split'; a: number; b: number }
  | { op: 'jmp'; to: number }
  | { op: 'assert'; kind: Assertion; next: number }
  | { op: 'match' };

/** State visits across every linear matcher since start-up (tests read differences of it). */
export const matcherSteps = { count: 0 };

const isDigit: CharTest = (c) => c >= 48 && c <= 57;
const isWord: CharTest = (c) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isSpace: CharTest = (c) =>
  (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
  || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
const isLineTerminator: CharTest = (c) => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;

const CLASS_ESCAPES: Record<string, CharTest> = {
  d: isDigit, D: (c) => !isDigit(c), w: isWord, W: (c) => !isWord(c), s: isSpace, S: (c) => !isSpace(c),
};
const CONTROL_ESCAPES: Record<string, number> = { n: 10, r: 13, t: 9, v: 11, f: 12 };

function caseFold(test: CharTest): CharTest {
  return (c) => {
    if (test(c)) return true;
    const ch = String.fromCharCode(c);
    const lo = ch.toLowerCase();
    const up = ch.toUpperCase();
    return (lo.length === 1 && test(lo.charCodeAt(0))) || (up.length === 1 && test(up.charCodeAt(0)));
  };
}

class Parser {
  private i = 0;
  constructor(private readonly src: string, private readonly dotAll: boolean, private readonly fold: boolean) {}

  parse(): Node {
    const node = this.alternation();
    if (this.i < this.src.length) throw new UnsupportedPattern(`unexpected "${this.src[this.i] ?? ''}" at ${this.i}`);
    return node;
  }

  private peek(): string | undefined {
    return this.src[this.i];
  }

  private alternation(): Node {
    const options = [this.sequence()];
    while (this.peek() === '|') {
      this.i += 1;
      options.push(this.sequence());
    }
    return options.length === 1 ? (options[0] as Node) : { t: 'alt', options };
  }

  private sequence(): Node {
    const items: Node[] = [];
    for (let ch = this.peek(); ch !== undefined && ch !== '|' && ch !== ')'; ch = this.peek()) {
      const atom = this.atom();
      items.push(this.quantified(atom));
    }
    return { t: 'seq', items };
  }

  private quantified(atom: Node): Node {
    let node = atom;
    for (;;) {
      const ch = this.peek();
      let min: number;
      let max: number;
      if (ch === '*') [min, max] = [0, Infinity];
      else if (ch === '+') [min, max] = [1, Infinity];
      else if (ch === '?') [min, max] = [0, 1];
      else if (ch === '{') {
        const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
        if (m === null) return node;
        min = Number(m[1]);
        max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
        this.i += m[0].length - 1;
      } else return node;
      this.i += 1;
      if (this.peek() === '?') this.i += 1;
      if (node.t === 'assert') throw new UnsupportedPattern('a quantified assertion');
      node = { t: 'repeat', node, min, max };
    }
  }

  private atom(): Node {
    const ch = this.src[this.i] as string;
    this.i += 1;
    switch (ch) {
      case '^': return { t: 'assert', kind: 'start' };
      case '$': return { t: 'assert', kind: 'end' };
      case '.': return this.char(this.dotAll ? () => true : (c) => !isLineTerminator(c));
      case '[': return this.charClass();
      case '(': return this.group();
      case '\\': return this.escape();
      case '*': case '+': case '?': throw new UnsupportedPattern(`nothing to repeat at ${this.i - 1}`);
      default: return this.literal(ch.charCodeAt(0));
    }
  }

  private char(test: CharTest): Node {
    return { t: 'char', test: this.fold ? caseFold(test) : test };
  }

  private literal(code: number): Node {
    return this.char((c) => c === code);
  }

  private group(): Node {
    if (this.peek() === '?') {
      const rest = this.src.slice(this.i, this.i + 3);
      if (rest.startsWith('?:')) this.i += 2;
      else if (rest.startsWith('?<') && rest !== '?<=' && rest !== '?<!') {
        const close = this.src.indexOf('>', this.i);
        if (close === -1) throw new UnsupportedPattern('unterminated group name');
        this.i = close + 1;
      } else throw new UnsupportedPattern('lookaround ((?=, (?!, (?<=, (?<!) needs backtracking');
    }
    const inner = this.alternation();
    if (this.peek() !== ')') throw new UnsupportedPattern('unterminated group');
    this.i += 1;
    return inner;
  }

  /** One escaped code point (also used inside classes); null when it is a class escape instead. */
  private escapedCode(inClass: boolean): number | CharTest {
    const ch = this.src[this.i];
    if (ch === undefined) throw new UnsupportedPattern('\\ at the end of the pattern');
    this.i += 1;
    const cls = CLASS_ESCAPES[ch];
    if (cls) return cls;
    const control = CONTROL_ESCAPES[ch];
    if (control !== undefined) return control;
    if (ch === 'b' && inClass) return 8;
    if (ch === '0' && !/[0-9]/.test(this.peek() ?? '')) return 0;
    if (/[1-9]/.test(ch)) throw new UnsupportedPattern('a backreference (\\1 ...) needs backtracking');
    if (ch === 'k' && !inClass) throw new UnsupportedPattern('a named backreference (\\k<...>) needs backtracking');
    if (ch === 'x' || ch === 'u') {
      const len = ch === 'x' ? 2 : 4;
      const hex = this.src.slice(this.i, this.i + len);
      if (new RegExp(`^[0-9a-fA-F]{${len}}$`).test(hex)) {
        this.i += len;
        return parseInt(hex, 16);
      }
      return ch.charCodeAt(0);
    }
    if (ch === 'c') {
      const letter = this.peek() ?? '';
      if (/[A-Za-z]/.test(letter)) {
        this.i += 1;
        return letter.charCodeAt(0) % 32;
      }
      this.i -= 1;
      return 92;
    }
    return ch.charCodeAt(0);
  }

  private escape(): Node {
    const ch = this.peek();
    if (ch === 'b') {
      this.i += 1;
      return { t: 'assert', kind: 'word' };
    }
    if (ch === 'B') {
      this.i += 1;
      return { t: 'assert', kind: 'not-word' };
    }
    const e = this.escapedCode(false);
    return typeof e === 'number' ? this.literal(e) : this.char(e);
  }

  private charClass(): Node {
    const negated = this.peek() === '^';
    if (negated) this.i += 1;
    const tests: CharTest[] = [];
    const ranges: [number, number][] = [];
    const item = (): number | CharTest => {
      const ch = this.src[this.i];
      if (ch === undefined) throw new UnsupportedPattern('unterminated character class');
      this.i += 1;
      return ch === '\\' ? this.escapedCode(true) : ch.charCodeAt(0);
    };
    while (this.peek() !== ']') {
      const from = item();
      if (this.peek() === '-' && this.src[this.i + 1] !== ']' && this.src[this.i + 1] !== undefined) {
        const save = this.i;
        this.i += 1;
        const to = item();
        if (typeof from === 'number' && typeof to === 'number') {
          ranges.push([from, to]);
          continue;
        }
        // `[\d-z]`: a class escape next to `-` makes the dash literal (non-unicode mode).
        this.i = save;
      }
      if (typeof from === 'number') ranges.push([from, from]);
      else tests.push(from);
    }
    this.i += 1;
    const inSet: CharTest = (c) => ranges.some(([a, b]) => c >= a && c <= b) || tests.some((t) => t(c));
    const folded = this.fold ? caseFold(inSet) : inSet;
    return { t: 'char', test: negated ? (c) => !folded(c) : folded };
  }
}

/** Thompson construction into a flat program. */
function compile(root: Node): Inst[] {
  const prog: Inst[] = [];
  const grow = () => {
    if (prog.length > MAX_PROGRAM) throw new UnsupportedPattern(`the pattern expands to more than ${MAX_PROGRAM} states`);
  };
  // Each emit returns nothing; instructions jump forward by index, patched when the target is known.
  const emit = (n: Node): void => {
    grow();
    switch (n.t) {
      case 'char': prog.push({ op: 'char', test: n.test, next: prog.length + 1 }); return;
      case 'assert': prog.push({ op: 'assert', kind: n.kind, next: prog.length + 1 }); return;
      case 'seq': for (const item of n.items) emit(item); return;
      case 'alt': {
        const jumps: Inst[] = [];
        n.options.forEach((opt, k) => {
          if (k < n.options.length - 1) {
            const split: Inst = { op: 'split', a: prog.length + 1, b: 0 };
            prog.push(split);
            emit(opt);
            const jmp: Inst = { op: 'jmp', to: 0 };
            prog.push(jmp);
            jumps.push(jmp);
            split.b = prog.length;
          } else emit(opt);
        });
        for (const j of jumps) if (j.op === 'jmp') j.to = prog.length;
        return;
      }
      case 'repeat': {
        for (let k = 0; k < n.min; k += 1) emit(n.node);
        if (n.max === Infinity) {
          const split: Inst = { op: 'split', a: prog.length + 1, b: 0 };
          const at = prog.length;
          prog.push(split);
          emit(n.node);
          prog.push({ op: 'jmp', to: at });
          split.b = prog.length;
        } else {
          const splits: Inst[] = [];
          for (let k = n.min; k < n.max; k += 1) {
            grow();
            const split: Inst = { op: 'split', a: prog.length + 1, b: 0 };
            prog.push(split);
            splits.push(split);
            emit(n.node);
          }
          for (const s of splits) if (s.op === 'split') s.b = prog.length;
        }
        return;
      }
    }
  };
  emit(root);
  prog.push({ op: 'match' });
  return prog;
}

function holds(kind: Assertion, input: string, pos: number): boolean {
  switch (kind) {
    case 'start': return pos === 0;
    case 'end': return pos === input.length;
    case 'word':
    case 'not-word': {
      const before = pos > 0 && isWord(input.charCodeAt(pos - 1));
      const after = pos < input.length && isWord(input.charCodeAt(pos));
      return (before !== after) === (kind === 'word');
    }
  }
}

/** Breadth-first simulation: true when the program matches anywhere in `input`. */
function run(prog: Inst[], input: string): boolean {
  const mark = new Int32Array(prog.length).fill(-1);
  let current: number[] = [];
  let next: number[] = [];
  const stack: number[] = [];
  let steps = 0;
  // Follow jumps, splits and assertions from `pc` at `pos`, adding the states that read a char.
  const add = (list: number[], start: number, pos: number): boolean => {
    stack.push(start);
    while (stack.length > 0) {
      const pc = stack.pop() as number;
      if (mark[pc] === pos) continue;
      mark[pc] = pos;
      steps += 1;
      const inst = prog[pc] as Inst;
      switch (inst.op) {
        case 'match':
          stack.length = 0;
          return true;
        case 'char': list.push(pc); break;
        case 'jmp': stack.push(inst.to); break;
        case 'split': stack.push(inst.b, inst.a); break;
        case 'assert': if (holds(inst.kind, input, pos)) stack.push(inst.next); break;
      }
    }
    return false;
  };
  try {
    for (let pos = 0; pos <= input.length; pos += 1) {
      if (add(current, 0, pos)) return true;
      if (pos === input.length) return false;
      const c = input.charCodeAt(pos);
      next.length = 0;
      for (const pc of current) {
        steps += 1;
        const inst = prog[pc] as Extract<Inst, { op: 'char' }>;
        if (inst.test(c) && add(next, inst.next, pos + 1)) return true;
      }
      [current, next] = [next, current];
    }
    return false;
  } finally {
    matcherSteps.count += steps;
  }
}

/**
 * The same simulation with its state sets cached (a lazily built DFA): each distinct set of live
 * states is expanded once, and each (set, character) step is computed once, so a matcher used on many
 * paths costs about one map lookup per character. Only for programs without \b and \B, whose
 * closures depend on the neighbouring characters; `^` and `$` are handled by keying a set on whether
 * it sits at the start or the end. The work per `test` never exceeds the uncached bound.
 */
interface DState {
  /** States that read a character, after following every jump from the seeds. */
  reads: number[];
  matched: boolean;
  next: Map<number, DState>;
}

const MAX_DSTATES = 2_000;

class LazyDfa {
  private readonly states = new Map<string, DState>();
  private readonly mark: Int32Array;
  private generation = 0;

  constructor(private readonly prog: Inst[]) {
    this.mark = new Int32Array(prog.length);
  }

  /** The state for `seeds` (plus the search restarting at 0) at a position that is or is not the start/end. */
  private state(seeds: readonly number[], atStart: boolean, atEnd: boolean, counter: { steps: number }): DState {
    const key = `${atStart ? 1 : 0}${atEnd ? 1 : 0}:${seeds.join(',')}`;
    const known = this.states.get(key);
    if (known) return known;
    if (this.states.size >= MAX_DSTATES) this.states.clear();
    this.generation += 1;
    const gen = this.generation;
    const reads: number[] = [];
    let matched = false;
    const stack = [0, ...seeds];
    while (stack.length > 0) {
      const pc = stack.pop() as number;
      if (this.mark[pc] === gen) continue;
      this.mark[pc] = gen;
      counter.steps += 1;
      const inst = this.prog[pc] as Inst;
      switch (inst.op) {
        case 'match': matched = true; break;
        case 'char': reads.push(pc); break;
        case 'jmp': stack.push(inst.to); break;
        case 'split': stack.push(inst.b, inst.a); break;
        case 'assert': if (inst.kind === 'start' ? atStart : atEnd) stack.push(inst.next); break;
      }
    }
    reads.sort((a, b) => a - b);
    const made: DState = { reads, matched, next: new Map() };
    this.states.set(key, made);
    return made;
  }

  test(input: string): boolean {
    const counter = { steps: 0 };
    try {
      let st = this.state([], true, input.length === 0, counter);
      for (let pos = 0; pos < input.length; pos += 1) {
        if (st.matched) return true;
        const c = input.charCodeAt(pos);
        const atEnd = pos + 1 === input.length;
        const cacheKey = atEnd ? -1 - c : c;
        let nx = st.next.get(cacheKey);
        if (nx === undefined) {
          const seeds: number[] = [];
          for (const pc of st.reads) {
            counter.steps += 1;
            const inst = this.prog[pc] as Extract<Inst, { op: 'char' }>;
            if (inst.test(c)) seeds.push(inst.next);
          }
          nx = this.state([...new Set(seeds)].sort((a, b) => a - b), false, atEnd, counter);
          st.next.set(cacheKey, nx);
        }
        counter.steps += 1;
        st = nx;
      }
      return st.matched;
    } finally {
      matcherSteps.count += counter.steps;
    }
  }
}

const SUPPORTED_FLAGS = /^[is]*$/;

/**
 * A RegExp whose `test` and `exec` run on the linear matcher. The native constructor still checks the
 * syntax (so errors read as usual); the native engine never runs. `exec` reports the whole input as
 * the match, which is exact for the anchored patterns the policy code builds.
 */
export class LinearRegExp extends RegExp {
  private readonly program: Inst[];
  private readonly dfa: LazyDfa | null;
  private readonly memo = new Map<string, boolean>();

  constructor(source: string, flags = '') {
    super(source, flags);
    if (!SUPPORTED_FLAGS.test(flags)) throw new UnsupportedPattern(`flags "${flags}" are not supported`);
    this.program = compile(new Parser(source, flags.includes('s'), flags.includes('i')).parse());
    this.dfa = this.program.some((i) => i.op === 'assert' && (i.kind === 'word' || i.kind === 'not-word')) ? null : new LazyDfa(this.program);
  }

  override test(input: string): boolean {
    const s = String(input);
    const known = this.memo.get(s);
    if (known !== undefined) return known;
    const result = this.dfa ? this.dfa.test(s) : run(this.program, s);
    if (this.memo.size >= 512) this.memo.clear();
    this.memo.set(s, result);
    return result;
  }

  override exec(input: string): RegExpExecArray | null {
    const s = String(input);
    if (!this.test(s)) return null;
    const m = [s] as unknown as RegExpExecArray;
    m.index = 0;
    m.input = s;
    return m;
  }

  /** Program size: the per-character cost bound. */
  get states(): number {
    return this.program.length;
  }
}
