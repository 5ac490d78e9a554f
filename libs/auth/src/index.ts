export * from './access-token';
export * from './identity';
export * from './identity-header';
export * from './qr-token';
