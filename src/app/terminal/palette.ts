// ANSI colours for the terminals, each at least 4.5:1 against the dark backgrounds they are drawn
// on (#0f172a for transcripts, #1b1d23 for the host shell): xterm's defaults (#cc0000 red, #75507b
// magenta) fall to about 3:1 and 2.7:1 there.
import type { ITheme } from '@xterm/xterm';

export const READABLE_ANSI: ITheme = {
  black: '#94a3b8', red: '#f87171', green: '#4ade80', yellow: '#facc15', blue: '#60a5fa', magenta: '#e879f9', cyan: '#22d3ee', white: '#e2e8f0',
  brightBlack: '#a3b1c6', brightRed: '#fca5a5', brightGreen: '#86efac', brightYellow: '#fde047', brightBlue: '#93c5fd', brightMagenta: '#f0abfc', brightCyan: '#67e8f9', brightWhite: '#f8fafc',
};
