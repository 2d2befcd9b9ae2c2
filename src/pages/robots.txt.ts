// /robots.txt: everything may be crawled; the sitemap index is named with the public origin.
import type { APIRoute } from 'astro';
import { robotsTxt } from '../press/sitemap';

export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(site ?? new URL('https://localhost/')), { headers: { 'Content-Type': 'text/plain' } });
