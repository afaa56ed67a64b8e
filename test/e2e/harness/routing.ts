/** Answers a request under a routed fixture site: a page, an asset, or a 404 (never the network). */
import type { RoutedSite } from './types';

export interface RoutedAnswer {
  status: number;
  body: string | Buffer;
  contentType: string;
}

export function answerRoutedRequest(site: RoutedSite, url: string): RoutedAnswer {
  const path = new URL(url).pathname;
  const page = site.pages[path];
  if (page !== undefined) return { status: 200, body: page, contentType: 'text/html; charset=utf-8' };
  const asset = site.assets?.[path];
  if (asset) return { status: 200, body: asset.body, contentType: asset.contentType };
  return { status: 404, body: 'not in the fixture', contentType: 'text/plain' };
}
