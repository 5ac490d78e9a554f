import { Module } from '@nestjs/common';
import { MyTicketsRepository } from './my-tickets.repository';
import { MyTicketsResolver } from './my-tickets.resolver';
import { MyTicketsService } from './my-tickets.service';

/** `myTickets`: an applicant's visit followed on her phone without knowing an id. */
@Module({
  providers: [MyTicketsRepository, MyTicketsService, MyTicketsResolver],
})
export class MyTicketsModule {}
