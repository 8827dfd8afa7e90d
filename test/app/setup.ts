import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import { useAppStore } from '../../src/app/store/index.ts';

// Tell React this environment supports act(); Testing Library relies on it.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => {
  cleanup();
  // Each test starts from the store's initial state (zustand testing guide).
  useAppStore.setState(useAppStore.getInitialState(), true);
});
