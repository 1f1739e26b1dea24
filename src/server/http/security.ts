/**
 * A strict Content-Security-Policy for the web app. Scripts only from our origin;
 * inline styles are allowed because Ant Design injects CSS-in-JS style tags.
 */
export const contentSecurityPolicy = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:', 'blob:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    mediaSrc: ["'self'", 'blob:'],
    workerSrc: ["'self'", 'blob:'],
    frameSrc: ["'self'"],
    frameAncestors: ["'none'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
  },
};

export const SESSION_COOKIE = 'luban_session';
export const CSRF_COOKIE = 'luban_csrf';
export const CSRF_HEADER = 'x-csrf-token';
