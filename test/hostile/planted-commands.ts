import { chmodSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir } from '../helpers/run-cli.js';

/**
 * Programs a hostile repository names in its config. Each one, if it ever runs, leaves a marker file named
 * after itself; `ran()` lists the markers. Every test ends by asserting the list is empty.
 */
export class PlantedCommands {
  readonly dir = makeTempDir('leakscan-planted-');
  private readonly markers = join(this.dir, 'markers');

  constructor() {
    mkdirSync(this.markers);
  }

  /** An executable that records that it ran and fails (`exit 1`), usable wherever git takes a program. */
  command(name: string): string {
    const path = join(this.dir, name);
    writeFileSync(path, `#!/bin/sh\ntouch '${join(this.markers, name)}'\nexit 1\n`);
    chmodSync(path, 0o755);
    return path;
  }

  /** A shell command line (for config values git runs through the shell) that records that it ran. */
  shell(name: string): string {
    return `touch '${join(this.markers, name)}'`;
  }

  ran(): string[] {
    return readdirSync(this.markers).sort();
  }
}
