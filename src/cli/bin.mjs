#!/usr/bin/env node
// The installed `balloon-lab` command: registers tsx so Node can load the TypeScript CLI.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./lab.ts');
process.exitCode = main(process.argv.slice(2));
