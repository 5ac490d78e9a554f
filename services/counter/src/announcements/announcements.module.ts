import { Module } from '@nestjs/common';
import { AnnouncementsResolver } from './announcements.resolver';

/** The sentences boards show and read aloud, in the reader's language. */
@Module({ providers: [AnnouncementsResolver] })
export class AnnouncementsModule {}
