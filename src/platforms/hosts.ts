/** The sites ClinGuard runs on by default (DESIGN.md §6). Side-effect-free: the manifest reads it. */
export const SUPPORTED_DOMAINS = [
  'bilibili.com',
  'douyin.com',
  'facebook.com',
  'linkedin.com',
  'mp.weixin.qq.com',
  'reddit.com',
  'weibo.com',
  'x.com',
  'xiaohongshu.com',
  'zhihu.com',
] as const;

/** `*://*.domain/*` also matches the bare domain (a match-pattern rule), so one line per site. */
export const SUPPORTED_MATCHES = SUPPORTED_DOMAINS.map((domain) => `*://*.${domain}/*`);
