// Where a modeled git repository keeps the commits its remote holds (read by the modeled `git`).
export const REMOTE_COMMITS = '.git/remote-commits.json';
