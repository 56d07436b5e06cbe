import helmet from 'helmet';
import type { RequestHandler } from 'express';

/**
 * Headers for every answer: a strict Content Security Policy (scripts only from this origin, no inline
 * scripts, no framing), no MIME sniffing, no referrer to other sites, and HSTS in production. Styles may
 * be inline: FullCalendar injects its stylesheet at run time and Vue sets style attributes. `tls` (secure
 * cookies, so the site is served over https) adds upgrade-insecure-requests.
 */
export function securityHeaders(options: { production: boolean; tls: boolean }): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        // FullCalendar's icon font comes as a data: URL in its injected stylesheet
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        // behind TLS, anything still addressed as http (or ws) goes over https (wss)
        ...(options.production && options.tls ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    strictTransportSecurity: options.production ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
  });
}
