/**
 * Development-only secrets. They make `npm start` and `npm test` work on a fresh machine with no
 * setup. `loadConfig` refuses to use them in production mode, where every secret must come from
 * the environment.
 */
export const DEV_SECRETS = {
  AUTH_PRIVATE_KEY:
    '-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEICW4WwKFTLmsSeZKmUHoLQehqvIIEjmpzUc6nUPe7x+g\n-----END PRIVATE KEY-----\n',
  AUTH_PUBLIC_KEY:
    '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAEFnFRw0n2eKJSYt52dzcAFaYepOiG9cwpuWdN40HvqY=\n-----END PUBLIC KEY-----\n',
  QR_PRIVATE_KEY:
    '-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIJkh6lHiUf1gJhOqfBgQ1TllIzW4EdXcsyLMOvsTNFOJ\n-----END PRIVATE KEY-----\n',
  QR_PUBLIC_KEY:
    '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEArLFFlDv8dbCQ//yQtI75+5zvtqJHtreWzaB0xEybTsQ=\n-----END PUBLIC KEY-----\n',
  GATEWAY_PRIVATE_KEY:
    '-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIBLkliILZYr53bxsko1kh55agFBosQJSlyzrKDrsqS4s\n-----END PRIVATE KEY-----\n',
  GATEWAY_PUBLIC_KEY:
    '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEANx1mXfLVYnXTwZb/8m8p8IXskGGLIWSgk5ikIW+/mgc=\n-----END PUBLIC KEY-----\n',
  BOOTSTRAP_ADMIN_NIP: '198001012005011001',
  BOOTSTRAP_ADMIN_PASSWORD: 'admin-dev-password',
} as const;

export type DevSecretName = keyof typeof DEV_SECRETS;
