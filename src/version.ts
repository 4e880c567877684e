export const VEND_VERSION = '0.1.0';
