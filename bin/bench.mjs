#!/usr/bin/env node
// `npm run bench [-- <name>…] [--runs N]`: TypeScript sources run through tsx's loader, no build step.
import { register } from 'tsx/esm/api';

register();
await import('../bench/runner.ts');
