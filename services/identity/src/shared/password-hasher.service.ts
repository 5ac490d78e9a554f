import { Inject, Injectable } from '@nestjs/common';
import argon2 from 'argon2';
import { IDENTITY_CONFIG, IdentityConfig } from '../config/identity.config';

/** argon2id: slow on purpose, so a stolen table of hashes resists guessing. */
@Injectable()
export class PasswordHasher {
  /** Verified against when a login is unknown, so that both cases take the same time. */
  private dummyHash?: Promise<string>;

  constructor(@Inject(IDENTITY_CONFIG) private readonly config: IdentityConfig) {}

  hash(password: string): Promise<string> {
    return argon2.hash(password, {
      type: argon2.argon2id,
      memoryCost: this.config.ARGON2_MEMORY_KIB,
      timeCost: this.config.ARGON2_TIME_COST,
      parallelism: 1,
    });
  }

  async verify(hash: string | undefined, password: string): Promise<boolean> {
    if (hash === undefined) {
      this.dummyHash ??= this.hash('not-a-real-password');
      await argon2.verify(await this.dummyHash, password);
      return false;
    }
    return argon2.verify(hash, password);
  }
}
