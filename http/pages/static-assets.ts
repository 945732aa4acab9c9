/**
 * The page's static files, all from our own package (no CDN): the stylesheet, the check form's script,
 * the favicon, and the Korean-capable font (Noto Sans KR, data/fonts/noto-sans-kr, see its PROVENANCE)
 * so that Hangul names render on a machine without a Korean font. Cached by the browser for an hour.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { JsonSchemaToTsProvider } from '@fastify/type-provider-json-schema-to-ts';
import { PROJECT_ROOT } from '../../src/project-root.ts';
import { CHECK_UPLOAD_JS } from '../static/check-upload.ts';
import { STYLE_CSS } from '../static/style.ts';

/** A font's file name: looked up among the fonts read at start (anything else is 404). */
const fontParams = { type: 'object', required: ['file'], properties: { file: { type: 'string' } } } as const;

const FONT_DIR = path.join(PROJECT_ROOT, 'data', 'fonts', 'noto-sans-kr');
const FONT_CSS_FILE = 'noto-sans-kr-400.css';

/** A shield in the brand's colour. */
export const FAVICON_SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><path d="M16 2 4 6v9c0 7.5 5.1 13.4 12 15 6.9-1.6 12-7.5 12-15V6z" fill="#102a43"/><path d="M11 16h10M16 10v12" stroke="#f0b400" stroke-width="3" stroke-linecap="round"/></svg>';

function cached(reply: FastifyReply, type: string, body: string | Buffer): FastifyReply {
  return reply.header('content-type', type).header('cache-control', 'public, max-age=3600').send(body);
}

export function staticAssets(app: FastifyInstance): void {
  // Read once: the font files named in the stylesheet are the only ones served (no path from the request reaches the disk).
  const fonts = new Map<string, Buffer>();
  for (const f of readdirSync(FONT_DIR)) if (f.endsWith('.woff2')) fonts.set(f, readFileSync(path.join(FONT_DIR, f)));
  const fontCss = readFileSync(path.join(FONT_DIR, FONT_CSS_FILE), 'utf8');
  const page = { config: { page: true } };
  app.get('/static/style.css', page, async (_req, reply) => cached(reply, 'text/css; charset=utf-8', STYLE_CSS));
  app.get('/static/fonts.css', page, async (_req, reply) => cached(reply, 'text/css; charset=utf-8', fontCss));
  app.get('/static/check-upload.js', page, async (_req, reply) => cached(reply, 'text/javascript; charset=utf-8', CHECK_UPLOAD_JS));
  app.withTypeProvider<JsonSchemaToTsProvider>().get('/static/fonts/:file', { ...page, schema: { params: fontParams } }, async (req, reply) => {
    const font = fonts.get(req.params.file);
    if (font === undefined) return reply.code(404).header('content-type', 'text/plain; charset=utf-8').send('no such font file');
    return reply.header('content-type', 'font/woff2').header('cache-control', 'public, max-age=86400').send(font);
  });
  for (const url of ['/favicon.svg', '/favicon.ico']) app.get(url, page, async (_req, reply) => cached(reply, 'image/svg+xml', FAVICON_SVG));
}
