// Serves dist/ on 127.0.0.1 with Astro's preview server for the browser tests, and provides its address. The port is
// one the system picks (or TEST_PORT), so that test runs side by side never collide.
import fs from 'node:fs';
import { preview } from 'astro';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

export default async function setup(project: TestProject) {
  if (!fs.existsSync('dist/index.html')) {
    project.provide('baseURL', '');
    return;
  }
  const port = Number(process.env.TEST_PORT ?? 0);
  const server = await preview({ root: process.cwd(), logLevel: 'error', server: { host: '127.0.0.1', port } });
  project.provide('baseURL', `http://127.0.0.1:${server.port}`);
  return async () => {
    await server.stop();
  };
}
