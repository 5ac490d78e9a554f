/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      expiresAt\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  fragment MyTicketFields on Ticket {\n    id\n    number\n    status\n    stage\n    position\n    estimatedWaitSeconds\n    callCount\n    counter {\n      id\n      name\n    }\n  }\n": typeof types.MyTicketFieldsFragmentDoc,
    "\n  query MyTickets {\n    myTickets {\n      ...MyTicketFields\n    }\n  }\n": typeof types.MyTicketsDocument,
    "\n  subscription MyTicketsChanged {\n    myTicketsChanged {\n      ...MyTicketFields\n    }\n  }\n": typeof types.MyTicketsChangedDocument,
    "\n  query ApplicantMe {\n    me {\n      __typename\n      ... on Applicant {\n        id\n        fullName\n        emailConfirmed\n        familyMembers {\n          id\n          fullName\n        }\n      }\n    }\n  }\n": typeof types.ApplicantMeDocument,
    "\n  query MyBookings {\n    myBookings {\n      id\n      code\n      status\n      service\n      priority\n      qrSvg\n      office {\n        id\n        name\n        timeZone\n        changeCutoffMinutes\n      }\n      session {\n        id\n        startsAt\n        endsAt\n      }\n      familyMember {\n        id\n        fullName\n      }\n    }\n  }\n": typeof types.MyBookingsDocument,
    "\n  mutation RegisterApplicant($input: RegisterApplicantInput!) {\n    registerApplicant(input: $input) {\n      id\n    }\n  }\n": typeof types.RegisterApplicantDocument,
    "\n  mutation ConfirmEmail($code: String!) {\n    confirmEmail(code: $code) {\n      id\n      emailConfirmed\n    }\n  }\n": typeof types.ConfirmEmailDocument,
    "\n  query BookingOffices {\n    offices {\n      id\n      name\n      timeZone\n    }\n  }\n": typeof types.BookingOfficesDocument,
    "\n  query Availability($officeId: ID!, $from: Date!, $to: Date!, $service: ServiceKind) {\n    office(id: $officeId) {\n      id\n      availability(from: $from, to: $to, service: $service) {\n        date\n        open\n        sessions {\n          id\n          startsAt\n          endsAt\n          remaining\n          bookableFrom\n        }\n      }\n    }\n  }\n": typeof types.AvailabilityDocument,
    "\n  mutation BookSession($input: BookSessionInput!) {\n    bookSession(input: $input) {\n      id\n      code\n    }\n  }\n": typeof types.BookSessionDocument,
    "\n  mutation CancelBooking($id: ID!) {\n    cancelBooking(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.CancelBookingDocument,
    "\n  mutation RescheduleBooking($id: ID!, $sessionId: ID!) {\n    rescheduleBooking(id: $id, sessionId: $sessionId) {\n      id\n      session {\n        id\n        startsAt\n        endsAt\n      }\n    }\n  }\n": typeof types.RescheduleBookingDocument,
    "\n  fragment BoardFields on QueueBoard {\n    officeId\n    date\n    updatedAt\n    nowServing {\n      counter {\n        id\n        name\n        status\n      }\n      announcement(language: $language)\n      ticket {\n        id\n        number\n        stage\n        status\n        callCount\n        calledAt\n      }\n    }\n    counters {\n      id\n      name\n      status\n    }\n    queues {\n      stage\n      waiting\n      averageWaitSeconds\n    }\n  }\n": typeof types.BoardFieldsFragmentDoc,
    "\n  query BoardOffices {\n    offices {\n      id\n      code\n      name\n      timeZone\n    }\n  }\n": typeof types.BoardOfficesDocument,
    "\n  query Board($officeId: ID!, $language: Language) {\n    queueBoard(officeId: $officeId) {\n      ...BoardFields\n    }\n  }\n": typeof types.BoardDocument,
    "\n  subscription BoardChanged($officeId: ID!, $language: Language) {\n    queueBoardChanged(officeId: $officeId) {\n      ...BoardFields\n    }\n  }\n": typeof types.BoardChangedDocument,
    "\n  fragment FollowFields on TicketFollow {\n    number\n    status\n    stage\n    position\n    estimatedWaitSeconds\n    counterName\n    officeId\n  }\n": typeof types.FollowFieldsFragmentDoc,
    "\n  query Follow($code: String!) {\n    followTicket(code: $code) {\n      ...FollowFields\n    }\n  }\n": typeof types.FollowDocument,
    "\n  subscription FollowChanged($code: String!) {\n    followTicketChanged(code: $code) {\n      ...FollowFields\n    }\n  }\n": typeof types.FollowChangedDocument,
    "\n  query HomeOffices($today: Date!) {\n    offices {\n      id\n      code\n      name\n      address\n      timeZone\n      releaseMode\n      releaseDaysAhead\n      releaseTime\n      availability(from: $today, to: $today) {\n        date\n        open\n        sessions {\n          id\n          startsAt\n          endsAt\n        }\n      }\n    }\n  }\n": typeof types.HomeOfficesDocument,
    "\n  query HomeWaiting($officeId: ID!) {\n    queueBoard(officeId: $officeId) {\n      officeId\n      updatedAt\n      queues {\n        stage\n        waiting\n      }\n    }\n  }\n": typeof types.HomeWaitingDocument,
    "\n  fragment KioskTicketFields on Ticket {\n    id\n    number\n    stage\n    status\n    officeId\n    checkedInAt\n    sessionStartsAt\n    followCode\n  }\n": typeof types.KioskTicketFieldsFragmentDoc,
    "\n  query KioskOffice($id: ID!) {\n    office(id: $id) {\n      id\n      name\n      timeZone\n    }\n  }\n": typeof types.KioskOfficeDocument,
    "\n  mutation KioskCheckIn($input: CheckInInput!) {\n    checkIn(input: $input) {\n      ...KioskTicketFields\n    }\n  }\n": typeof types.KioskCheckInDocument,
    "\n  mutation KioskPickup($officeId: ID!, $bookingCode: String!) {\n    issuePickupTicket(officeId: $officeId, bookingCode: $bookingCode) {\n      ...KioskTicketFields\n    }\n  }\n": typeof types.KioskPickupDocument,
    "\n  query OfficerMe {\n    me {\n      __typename\n      ... on Officer {\n        id\n        fullName\n        officeId\n        roles\n      }\n    }\n  }\n": typeof types.OfficerMeDocument,
    "\n  fragment ConsoleTicketFields on Ticket {\n    id\n    number\n    status\n    stage\n    priority\n    holdReason\n    callCount\n  }\n": typeof types.ConsoleTicketFieldsFragmentDoc,
    "\n  query OfficeCounters($officeId: ID!) {\n    counters(officeId: $officeId) {\n      id\n      name\n      stages\n      open\n      status\n      pauseReason\n      officer {\n        id\n      }\n      currentTicket {\n        ...ConsoleTicketFields\n      }\n    }\n  }\n": typeof types.OfficeCountersDocument,
    "\n  subscription FloorPulse($officeId: ID!) {\n    officeFloorChanged(officeId: $officeId) {\n      officeId\n      updatedAt\n    }\n  }\n": typeof types.FloorPulseDocument,
    "\n  query StageTickets($officeId: ID!, $stage: Stage!) {\n    waiting: tickets(officeId: $officeId, stage: $stage, statuses: [WAITING]) {\n      ...ConsoleTicketFields\n    }\n    onHold: tickets(officeId: $officeId, stage: $stage, statuses: [ON_HOLD]) {\n      ...ConsoleTicketFields\n    }\n    missed: tickets(officeId: $officeId, stage: $stage, statuses: [NO_SHOW]) {\n      ...ConsoleTicketFields\n    }\n  }\n": typeof types.StageTicketsDocument,
    "\n  mutation CallTicket($counterId: ID!, $ticketId: ID!) {\n    callTicket(counterId: $counterId, ticketId: $ticketId) {\n      ...ConsoleTicketFields\n    }\n  }\n": typeof types.CallTicketDocument,
    "\n  mutation PauseCounter($counterId: ID!, $reason: String!) {\n    pauseCounter(counterId: $counterId, reason: $reason) {\n      id\n      status\n      pauseReason\n    }\n  }\n": typeof types.PauseCounterDocument,
    "\n  mutation ResumeCounter($counterId: ID!) {\n    resumeCounter(counterId: $counterId) {\n      id\n      status\n      pauseReason\n    }\n  }\n": typeof types.ResumeCounterDocument,
    "\n  mutation OpenCounter($counterId: ID!) {\n    openCounter(counterId: $counterId) {\n      id\n      open\n    }\n  }\n": typeof types.OpenCounterDocument,
    "\n  mutation CloseCounter($counterId: ID!) {\n    closeCounter(counterId: $counterId) {\n      id\n      open\n    }\n  }\n": typeof types.CloseCounterDocument,
    "\n  mutation CallNext($counterId: ID!) {\n    callNext(counterId: $counterId) {\n      ...ConsoleTicketFields\n    }\n  }\n": typeof types.CallNextDocument,
    "\n  mutation Recall($ticketId: ID!) {\n    recall(ticketId: $ticketId) {\n      ...ConsoleTicketFields\n    }\n  }\n": typeof types.RecallDocument,
    "\n  mutation StartService($ticketId: ID!) {\n    startService(ticketId: $ticketId) {\n      ...ConsoleTicketFields\n    }\n  }\n": typeof types.StartServiceDocument,
    "\n  mutation CompleteStage($ticketId: ID!) {\n    completeStage(ticketId: $ticketId) {\n      ...ConsoleTicketFields\n    }\n  }\n": typeof types.CompleteStageDocument,
    "\n  mutation MarkNoShow($ticketId: ID!) {\n    markNoShow(ticketId: $ticketId) {\n      ...ConsoleTicketFields\n    }\n  }\n": typeof types.MarkNoShowDocument,
    "\n  mutation HoldTicket($ticketId: ID!, $reason: String!) {\n    holdTicket(ticketId: $ticketId, reason: $reason) {\n      ...ConsoleTicketFields\n    }\n  }\n": typeof types.HoldTicketDocument,
    "\n  mutation TransferTicket($ticketId: ID!, $counterId: ID!) {\n    transferTicket(ticketId: $ticketId, counterId: $counterId) {\n      ...ConsoleTicketFields\n    }\n  }\n": typeof types.TransferTicketDocument,
    "\n  mutation SetTicketPriority($ticketId: ID!, $priority: PriorityGroup) {\n    setTicketPriority(ticketId: $ticketId, priority: $priority) {\n      ...ConsoleTicketFields\n    }\n  }\n": typeof types.SetTicketPriorityDocument,
    "\n  fragment FloorFields on OfficeFloor {\n    officeId\n    date\n    updatedAt\n    counters {\n      id\n      name\n      status\n      pauseReason\n      officer {\n        id\n        fullName\n      }\n      currentTicket {\n        id\n        number\n        status\n      }\n    }\n    queues {\n      stage\n      waiting\n      averageWaitSeconds\n    }\n    onHold {\n      id\n      number\n      stage\n      holdReason\n    }\n    longestWaitSeconds\n    servedToday\n    noShowsToday\n  }\n": typeof types.FloorFieldsFragmentDoc,
    "\n  query SupervisorFloor($officeId: ID!) {\n    officeFloor(officeId: $officeId) {\n      ...FloorFields\n    }\n  }\n": typeof types.SupervisorFloorDocument,
    "\n  subscription SupervisorFloorChanged($officeId: ID!) {\n    officeFloorChanged(officeId: $officeId) {\n      ...FloorFields\n    }\n  }\n": typeof types.SupervisorFloorChangedDocument,
    "\n  query SupervisorReport($officeId: ID!, $date: Date!) {\n    dayReport(officeId: $officeId, date: $date) {\n      officeId\n      date\n      ticketsIssued\n      ticketsDone\n      walkIns\n      byHour {\n        hour\n        stage\n        served\n        meanWaitSeconds\n      }\n      stages {\n        stage\n        figures {\n          served\n          noShows\n          meanWaitSeconds\n        }\n      }\n      counters {\n        counter {\n          id\n          name\n        }\n        figures {\n          served\n        }\n      }\n      officers {\n        officer {\n          id\n          fullName\n        }\n        figures {\n          served\n        }\n      }\n    }\n  }\n": typeof types.SupervisorReportDocument,
    "\n  query SupervisorPeople($officeId: ID!) {\n    officers(officeId: $officeId) {\n      id\n      fullName\n      roles\n      active\n    }\n    devices(officeId: $officeId) {\n      id\n      kind\n      name\n      revokedAt\n    }\n    walkInQuota(officeId: $officeId) {\n      officeId\n      cap\n      issued\n      priorityCap\n      priorityIssued\n    }\n  }\n": typeof types.SupervisorPeopleDocument,
    "\n  mutation RegisterDevice($input: RegisterDeviceInput!) {\n    registerDevice(input: $input) {\n      device {\n        id\n        kind\n        name\n      }\n      credentials {\n        refreshToken\n      }\n    }\n  }\n": typeof types.RegisterDeviceDocument,
    "\n  mutation SetWalkInCap($officeId: ID!, $cap: Int, $priorityCap: Int) {\n    setWalkInCap(officeId: $officeId, cap: $cap, priorityCap: $priorityCap) {\n      officeId\n      cap\n      issued\n      priorityCap\n      priorityIssued\n    }\n  }\n": typeof types.SetWalkInCapDocument,
    "\n  mutation IssueWalkIn($officeId: ID!, $priority: PriorityGroup) {\n    issueWalkInTicket(officeId: $officeId, priority: $priority) {\n      id\n      number\n    }\n  }\n": typeof types.IssueWalkInDocument,
    "\n  mutation IssuePickup($officeId: ID!, $bookingCode: String!) {\n    issuePickupTicket(officeId: $officeId, bookingCode: $bookingCode) {\n      id\n      number\n    }\n  }\n": typeof types.IssuePickupDocument,
    "\n  query ExpectedArrivals($officeId: ID!, $date: Date!) {\n    expectedArrivals(officeId: $officeId, date: $date) {\n      session {\n        id\n        startsAt\n        endsAt\n        capacity\n        cancelReason\n      }\n      bookings {\n        id\n        code\n        status\n      }\n    }\n  }\n": typeof types.ExpectedArrivalsDocument,
    "\n  mutation CancelSession($id: ID!, $reason: String!) {\n    cancelSession(id: $id, reason: $reason) {\n      id\n      cancelReason\n    }\n  }\n": typeof types.CancelSessionDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      accessToken\n      refreshToken\n      expiresAt\n    }\n  }\n": typeof types.SignInDocument,
};
const documents: Documents = {
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      expiresAt\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  fragment MyTicketFields on Ticket {\n    id\n    number\n    status\n    stage\n    position\n    estimatedWaitSeconds\n    callCount\n    counter {\n      id\n      name\n    }\n  }\n": types.MyTicketFieldsFragmentDoc,
    "\n  query MyTickets {\n    myTickets {\n      ...MyTicketFields\n    }\n  }\n": types.MyTicketsDocument,
    "\n  subscription MyTicketsChanged {\n    myTicketsChanged {\n      ...MyTicketFields\n    }\n  }\n": types.MyTicketsChangedDocument,
    "\n  query ApplicantMe {\n    me {\n      __typename\n      ... on Applicant {\n        id\n        fullName\n        emailConfirmed\n        familyMembers {\n          id\n          fullName\n        }\n      }\n    }\n  }\n": types.ApplicantMeDocument,
    "\n  query MyBookings {\n    myBookings {\n      id\n      code\n      status\n      service\n      priority\n      qrSvg\n      office {\n        id\n        name\n        timeZone\n        changeCutoffMinutes\n      }\n      session {\n        id\n        startsAt\n        endsAt\n      }\n      familyMember {\n        id\n        fullName\n      }\n    }\n  }\n": types.MyBookingsDocument,
    "\n  mutation RegisterApplicant($input: RegisterApplicantInput!) {\n    registerApplicant(input: $input) {\n      id\n    }\n  }\n": types.RegisterApplicantDocument,
    "\n  mutation ConfirmEmail($code: String!) {\n    confirmEmail(code: $code) {\n      id\n      emailConfirmed\n    }\n  }\n": types.ConfirmEmailDocument,
    "\n  query BookingOffices {\n    offices {\n      id\n      name\n      timeZone\n    }\n  }\n": types.BookingOfficesDocument,
    "\n  query Availability($officeId: ID!, $from: Date!, $to: Date!, $service: ServiceKind) {\n    office(id: $officeId) {\n      id\n      availability(from: $from, to: $to, service: $service) {\n        date\n        open\n        sessions {\n          id\n          startsAt\n          endsAt\n          remaining\n          bookableFrom\n        }\n      }\n    }\n  }\n": types.AvailabilityDocument,
    "\n  mutation BookSession($input: BookSessionInput!) {\n    bookSession(input: $input) {\n      id\n      code\n    }\n  }\n": types.BookSessionDocument,
    "\n  mutation CancelBooking($id: ID!) {\n    cancelBooking(id: $id) {\n      id\n      status\n    }\n  }\n": types.CancelBookingDocument,
    "\n  mutation RescheduleBooking($id: ID!, $sessionId: ID!) {\n    rescheduleBooking(id: $id, sessionId: $sessionId) {\n      id\n      session {\n        id\n        startsAt\n        endsAt\n      }\n    }\n  }\n": types.RescheduleBookingDocument,
    "\n  fragment BoardFields on QueueBoard {\n    officeId\n    date\n    updatedAt\n    nowServing {\n      counter {\n        id\n        name\n        status\n      }\n      announcement(language: $language)\n      ticket {\n        id\n        number\n        stage\n        status\n        callCount\n        calledAt\n      }\n    }\n    counters {\n      id\n      name\n      status\n    }\n    queues {\n      stage\n      waiting\n      averageWaitSeconds\n    }\n  }\n": types.BoardFieldsFragmentDoc,
    "\n  query BoardOffices {\n    offices {\n      id\n      code\n      name\n      timeZone\n    }\n  }\n": types.BoardOfficesDocument,
    "\n  query Board($officeId: ID!, $language: Language) {\n    queueBoard(officeId: $officeId) {\n      ...BoardFields\n    }\n  }\n": types.BoardDocument,
    "\n  subscription BoardChanged($officeId: ID!, $language: Language) {\n    queueBoardChanged(officeId: $officeId) {\n      ...BoardFields\n    }\n  }\n": types.BoardChangedDocument,
    "\n  fragment FollowFields on TicketFollow {\n    number\n    status\n    stage\n    position\n    estimatedWaitSeconds\n    counterName\n    officeId\n  }\n": types.FollowFieldsFragmentDoc,
    "\n  query Follow($code: String!) {\n    followTicket(code: $code) {\n      ...FollowFields\n    }\n  }\n": types.FollowDocument,
    "\n  subscription FollowChanged($code: String!) {\n    followTicketChanged(code: $code) {\n      ...FollowFields\n    }\n  }\n": types.FollowChangedDocument,
    "\n  query HomeOffices($today: Date!) {\n    offices {\n      id\n      code\n      name\n      address\n      timeZone\n      releaseMode\n      releaseDaysAhead\n      releaseTime\n      availability(from: $today, to: $today) {\n        date\n        open\n        sessions {\n          id\n          startsAt\n          endsAt\n        }\n      }\n    }\n  }\n": types.HomeOfficesDocument,
    "\n  query HomeWaiting($officeId: ID!) {\n    queueBoard(officeId: $officeId) {\n      officeId\n      updatedAt\n      queues {\n        stage\n        waiting\n      }\n    }\n  }\n": types.HomeWaitingDocument,
    "\n  fragment KioskTicketFields on Ticket {\n    id\n    number\n    stage\n    status\n    officeId\n    checkedInAt\n    sessionStartsAt\n    followCode\n  }\n": types.KioskTicketFieldsFragmentDoc,
    "\n  query KioskOffice($id: ID!) {\n    office(id: $id) {\n      id\n      name\n      timeZone\n    }\n  }\n": types.KioskOfficeDocument,
    "\n  mutation KioskCheckIn($input: CheckInInput!) {\n    checkIn(input: $input) {\n      ...KioskTicketFields\n    }\n  }\n": types.KioskCheckInDocument,
    "\n  mutation KioskPickup($officeId: ID!, $bookingCode: String!) {\n    issuePickupTicket(officeId: $officeId, bookingCode: $bookingCode) {\n      ...KioskTicketFields\n    }\n  }\n": types.KioskPickupDocument,
    "\n  query OfficerMe {\n    me {\n      __typename\n      ... on Officer {\n        id\n        fullName\n        officeId\n        roles\n      }\n    }\n  }\n": types.OfficerMeDocument,
    "\n  fragment ConsoleTicketFields on Ticket {\n    id\n    number\n    status\n    stage\n    priority\n    holdReason\n    callCount\n  }\n": types.ConsoleTicketFieldsFragmentDoc,
    "\n  query OfficeCounters($officeId: ID!) {\n    counters(officeId: $officeId) {\n      id\n      name\n      stages\n      open\n      status\n      pauseReason\n      officer {\n        id\n      }\n      currentTicket {\n        ...ConsoleTicketFields\n      }\n    }\n  }\n": types.OfficeCountersDocument,
    "\n  subscription FloorPulse($officeId: ID!) {\n    officeFloorChanged(officeId: $officeId) {\n      officeId\n      updatedAt\n    }\n  }\n": types.FloorPulseDocument,
    "\n  query StageTickets($officeId: ID!, $stage: Stage!) {\n    waiting: tickets(officeId: $officeId, stage: $stage, statuses: [WAITING]) {\n      ...ConsoleTicketFields\n    }\n    onHold: tickets(officeId: $officeId, stage: $stage, statuses: [ON_HOLD]) {\n      ...ConsoleTicketFields\n    }\n    missed: tickets(officeId: $officeId, stage: $stage, statuses: [NO_SHOW]) {\n      ...ConsoleTicketFields\n    }\n  }\n": types.StageTicketsDocument,
    "\n  mutation CallTicket($counterId: ID!, $ticketId: ID!) {\n    callTicket(counterId: $counterId, ticketId: $ticketId) {\n      ...ConsoleTicketFields\n    }\n  }\n": types.CallTicketDocument,
    "\n  mutation PauseCounter($counterId: ID!, $reason: String!) {\n    pauseCounter(counterId: $counterId, reason: $reason) {\n      id\n      status\n      pauseReason\n    }\n  }\n": types.PauseCounterDocument,
    "\n  mutation ResumeCounter($counterId: ID!) {\n    resumeCounter(counterId: $counterId) {\n      id\n      status\n      pauseReason\n    }\n  }\n": types.ResumeCounterDocument,
    "\n  mutation OpenCounter($counterId: ID!) {\n    openCounter(counterId: $counterId) {\n      id\n      open\n    }\n  }\n": types.OpenCounterDocument,
    "\n  mutation CloseCounter($counterId: ID!) {\n    closeCounter(counterId: $counterId) {\n      id\n      open\n    }\n  }\n": types.CloseCounterDocument,
    "\n  mutation CallNext($counterId: ID!) {\n    callNext(counterId: $counterId) {\n      ...ConsoleTicketFields\n    }\n  }\n": types.CallNextDocument,
    "\n  mutation Recall($ticketId: ID!) {\n    recall(ticketId: $ticketId) {\n      ...ConsoleTicketFields\n    }\n  }\n": types.RecallDocument,
    "\n  mutation StartService($ticketId: ID!) {\n    startService(ticketId: $ticketId) {\n      ...ConsoleTicketFields\n    }\n  }\n": types.StartServiceDocument,
    "\n  mutation CompleteStage($ticketId: ID!) {\n    completeStage(ticketId: $ticketId) {\n      ...ConsoleTicketFields\n    }\n  }\n": types.CompleteStageDocument,
    "\n  mutation MarkNoShow($ticketId: ID!) {\n    markNoShow(ticketId: $ticketId) {\n      ...ConsoleTicketFields\n    }\n  }\n": types.MarkNoShowDocument,
    "\n  mutation HoldTicket($ticketId: ID!, $reason: String!) {\n    holdTicket(ticketId: $ticketId, reason: $reason) {\n      ...ConsoleTicketFields\n    }\n  }\n": types.HoldTicketDocument,
    "\n  mutation TransferTicket($ticketId: ID!, $counterId: ID!) {\n    transferTicket(ticketId: $ticketId, counterId: $counterId) {\n      ...ConsoleTicketFields\n    }\n  }\n": types.TransferTicketDocument,
    "\n  mutation SetTicketPriority($ticketId: ID!, $priority: PriorityGroup) {\n    setTicketPriority(ticketId: $ticketId, priority: $priority) {\n      ...ConsoleTicketFields\n    }\n  }\n": types.SetTicketPriorityDocument,
    "\n  fragment FloorFields on OfficeFloor {\n    officeId\n    date\n    updatedAt\n    counters {\n      id\n      name\n      status\n      pauseReason\n      officer {\n        id\n        fullName\n      }\n      currentTicket {\n        id\n        number\n        status\n      }\n    }\n    queues {\n      stage\n      waiting\n      averageWaitSeconds\n    }\n    onHold {\n      id\n      number\n      stage\n      holdReason\n    }\n    longestWaitSeconds\n    servedToday\n    noShowsToday\n  }\n": types.FloorFieldsFragmentDoc,
    "\n  query SupervisorFloor($officeId: ID!) {\n    officeFloor(officeId: $officeId) {\n      ...FloorFields\n    }\n  }\n": types.SupervisorFloorDocument,
    "\n  subscription SupervisorFloorChanged($officeId: ID!) {\n    officeFloorChanged(officeId: $officeId) {\n      ...FloorFields\n    }\n  }\n": types.SupervisorFloorChangedDocument,
    "\n  query SupervisorReport($officeId: ID!, $date: Date!) {\n    dayReport(officeId: $officeId, date: $date) {\n      officeId\n      date\n      ticketsIssued\n      ticketsDone\n      walkIns\n      byHour {\n        hour\n        stage\n        served\n        meanWaitSeconds\n      }\n      stages {\n        stage\n        figures {\n          served\n          noShows\n          meanWaitSeconds\n        }\n      }\n      counters {\n        counter {\n          id\n          name\n        }\n        figures {\n          served\n        }\n      }\n      officers {\n        officer {\n          id\n          fullName\n        }\n        figures {\n          served\n        }\n      }\n    }\n  }\n": types.SupervisorReportDocument,
    "\n  query SupervisorPeople($officeId: ID!) {\n    officers(officeId: $officeId) {\n      id\n      fullName\n      roles\n      active\n    }\n    devices(officeId: $officeId) {\n      id\n      kind\n      name\n      revokedAt\n    }\n    walkInQuota(officeId: $officeId) {\n      officeId\n      cap\n      issued\n      priorityCap\n      priorityIssued\n    }\n  }\n": types.SupervisorPeopleDocument,
    "\n  mutation RegisterDevice($input: RegisterDeviceInput!) {\n    registerDevice(input: $input) {\n      device {\n        id\n        kind\n        name\n      }\n      credentials {\n        refreshToken\n      }\n    }\n  }\n": types.RegisterDeviceDocument,
    "\n  mutation SetWalkInCap($officeId: ID!, $cap: Int, $priorityCap: Int) {\n    setWalkInCap(officeId: $officeId, cap: $cap, priorityCap: $priorityCap) {\n      officeId\n      cap\n      issued\n      priorityCap\n      priorityIssued\n    }\n  }\n": types.SetWalkInCapDocument,
    "\n  mutation IssueWalkIn($officeId: ID!, $priority: PriorityGroup) {\n    issueWalkInTicket(officeId: $officeId, priority: $priority) {\n      id\n      number\n    }\n  }\n": types.IssueWalkInDocument,
    "\n  mutation IssuePickup($officeId: ID!, $bookingCode: String!) {\n    issuePickupTicket(officeId: $officeId, bookingCode: $bookingCode) {\n      id\n      number\n    }\n  }\n": types.IssuePickupDocument,
    "\n  query ExpectedArrivals($officeId: ID!, $date: Date!) {\n    expectedArrivals(officeId: $officeId, date: $date) {\n      session {\n        id\n        startsAt\n        endsAt\n        capacity\n        cancelReason\n      }\n      bookings {\n        id\n        code\n        status\n      }\n    }\n  }\n": types.ExpectedArrivalsDocument,
    "\n  mutation CancelSession($id: ID!, $reason: String!) {\n    cancelSession(id: $id, reason: $reason) {\n      id\n      cancelReason\n    }\n  }\n": types.CancelSessionDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      accessToken\n      refreshToken\n      expiresAt\n    }\n  }\n": types.SignInDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyTicketFields on Ticket {\n    id\n    number\n    status\n    stage\n    position\n    estimatedWaitSeconds\n    callCount\n    counter {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment MyTicketFields on Ticket {\n    id\n    number\n    status\n    stage\n    position\n    estimatedWaitSeconds\n    callCount\n    counter {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTickets {\n    myTickets {\n      ...MyTicketFields\n    }\n  }\n"): (typeof documents)["\n  query MyTickets {\n    myTickets {\n      ...MyTicketFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MyTicketsChanged {\n    myTicketsChanged {\n      ...MyTicketFields\n    }\n  }\n"): (typeof documents)["\n  subscription MyTicketsChanged {\n    myTicketsChanged {\n      ...MyTicketFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicantMe {\n    me {\n      __typename\n      ... on Applicant {\n        id\n        fullName\n        emailConfirmed\n        familyMembers {\n          id\n          fullName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApplicantMe {\n    me {\n      __typename\n      ... on Applicant {\n        id\n        fullName\n        emailConfirmed\n        familyMembers {\n          id\n          fullName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyBookings {\n    myBookings {\n      id\n      code\n      status\n      service\n      priority\n      qrSvg\n      office {\n        id\n        name\n        timeZone\n        changeCutoffMinutes\n      }\n      session {\n        id\n        startsAt\n        endsAt\n      }\n      familyMember {\n        id\n        fullName\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyBookings {\n    myBookings {\n      id\n      code\n      status\n      service\n      priority\n      qrSvg\n      office {\n        id\n        name\n        timeZone\n        changeCutoffMinutes\n      }\n      session {\n        id\n        startsAt\n        endsAt\n      }\n      familyMember {\n        id\n        fullName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterApplicant($input: RegisterApplicantInput!) {\n    registerApplicant(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterApplicant($input: RegisterApplicantInput!) {\n    registerApplicant(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmEmail($code: String!) {\n    confirmEmail(code: $code) {\n      id\n      emailConfirmed\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmEmail($code: String!) {\n    confirmEmail(code: $code) {\n      id\n      emailConfirmed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookingOffices {\n    offices {\n      id\n      name\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  query BookingOffices {\n    offices {\n      id\n      name\n      timeZone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Availability($officeId: ID!, $from: Date!, $to: Date!, $service: ServiceKind) {\n    office(id: $officeId) {\n      id\n      availability(from: $from, to: $to, service: $service) {\n        date\n        open\n        sessions {\n          id\n          startsAt\n          endsAt\n          remaining\n          bookableFrom\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Availability($officeId: ID!, $from: Date!, $to: Date!, $service: ServiceKind) {\n    office(id: $officeId) {\n      id\n      availability(from: $from, to: $to, service: $service) {\n        date\n        open\n        sessions {\n          id\n          startsAt\n          endsAt\n          remaining\n          bookableFrom\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookSession($input: BookSessionInput!) {\n    bookSession(input: $input) {\n      id\n      code\n    }\n  }\n"): (typeof documents)["\n  mutation BookSession($input: BookSessionInput!) {\n    bookSession(input: $input) {\n      id\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelBooking($id: ID!) {\n    cancelBooking(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CancelBooking($id: ID!) {\n    cancelBooking(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RescheduleBooking($id: ID!, $sessionId: ID!) {\n    rescheduleBooking(id: $id, sessionId: $sessionId) {\n      id\n      session {\n        id\n        startsAt\n        endsAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RescheduleBooking($id: ID!, $sessionId: ID!) {\n    rescheduleBooking(id: $id, sessionId: $sessionId) {\n      id\n      session {\n        id\n        startsAt\n        endsAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BoardFields on QueueBoard {\n    officeId\n    date\n    updatedAt\n    nowServing {\n      counter {\n        id\n        name\n        status\n      }\n      announcement(language: $language)\n      ticket {\n        id\n        number\n        stage\n        status\n        callCount\n        calledAt\n      }\n    }\n    counters {\n      id\n      name\n      status\n    }\n    queues {\n      stage\n      waiting\n      averageWaitSeconds\n    }\n  }\n"): (typeof documents)["\n  fragment BoardFields on QueueBoard {\n    officeId\n    date\n    updatedAt\n    nowServing {\n      counter {\n        id\n        name\n        status\n      }\n      announcement(language: $language)\n      ticket {\n        id\n        number\n        stage\n        status\n        callCount\n        calledAt\n      }\n    }\n    counters {\n      id\n      name\n      status\n    }\n    queues {\n      stage\n      waiting\n      averageWaitSeconds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardOffices {\n    offices {\n      id\n      code\n      name\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  query BoardOffices {\n    offices {\n      id\n      code\n      name\n      timeZone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Board($officeId: ID!, $language: Language) {\n    queueBoard(officeId: $officeId) {\n      ...BoardFields\n    }\n  }\n"): (typeof documents)["\n  query Board($officeId: ID!, $language: Language) {\n    queueBoard(officeId: $officeId) {\n      ...BoardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BoardChanged($officeId: ID!, $language: Language) {\n    queueBoardChanged(officeId: $officeId) {\n      ...BoardFields\n    }\n  }\n"): (typeof documents)["\n  subscription BoardChanged($officeId: ID!, $language: Language) {\n    queueBoardChanged(officeId: $officeId) {\n      ...BoardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FollowFields on TicketFollow {\n    number\n    status\n    stage\n    position\n    estimatedWaitSeconds\n    counterName\n    officeId\n  }\n"): (typeof documents)["\n  fragment FollowFields on TicketFollow {\n    number\n    status\n    stage\n    position\n    estimatedWaitSeconds\n    counterName\n    officeId\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Follow($code: String!) {\n    followTicket(code: $code) {\n      ...FollowFields\n    }\n  }\n"): (typeof documents)["\n  query Follow($code: String!) {\n    followTicket(code: $code) {\n      ...FollowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FollowChanged($code: String!) {\n    followTicketChanged(code: $code) {\n      ...FollowFields\n    }\n  }\n"): (typeof documents)["\n  subscription FollowChanged($code: String!) {\n    followTicketChanged(code: $code) {\n      ...FollowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeOffices($today: Date!) {\n    offices {\n      id\n      code\n      name\n      address\n      timeZone\n      releaseMode\n      releaseDaysAhead\n      releaseTime\n      availability(from: $today, to: $today) {\n        date\n        open\n        sessions {\n          id\n          startsAt\n          endsAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query HomeOffices($today: Date!) {\n    offices {\n      id\n      code\n      name\n      address\n      timeZone\n      releaseMode\n      releaseDaysAhead\n      releaseTime\n      availability(from: $today, to: $today) {\n        date\n        open\n        sessions {\n          id\n          startsAt\n          endsAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeWaiting($officeId: ID!) {\n    queueBoard(officeId: $officeId) {\n      officeId\n      updatedAt\n      queues {\n        stage\n        waiting\n      }\n    }\n  }\n"): (typeof documents)["\n  query HomeWaiting($officeId: ID!) {\n    queueBoard(officeId: $officeId) {\n      officeId\n      updatedAt\n      queues {\n        stage\n        waiting\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KioskTicketFields on Ticket {\n    id\n    number\n    stage\n    status\n    officeId\n    checkedInAt\n    sessionStartsAt\n    followCode\n  }\n"): (typeof documents)["\n  fragment KioskTicketFields on Ticket {\n    id\n    number\n    stage\n    status\n    officeId\n    checkedInAt\n    sessionStartsAt\n    followCode\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KioskOffice($id: ID!) {\n    office(id: $id) {\n      id\n      name\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  query KioskOffice($id: ID!) {\n    office(id: $id) {\n      id\n      name\n      timeZone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KioskCheckIn($input: CheckInInput!) {\n    checkIn(input: $input) {\n      ...KioskTicketFields\n    }\n  }\n"): (typeof documents)["\n  mutation KioskCheckIn($input: CheckInInput!) {\n    checkIn(input: $input) {\n      ...KioskTicketFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KioskPickup($officeId: ID!, $bookingCode: String!) {\n    issuePickupTicket(officeId: $officeId, bookingCode: $bookingCode) {\n      ...KioskTicketFields\n    }\n  }\n"): (typeof documents)["\n  mutation KioskPickup($officeId: ID!, $bookingCode: String!) {\n    issuePickupTicket(officeId: $officeId, bookingCode: $bookingCode) {\n      ...KioskTicketFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficerMe {\n    me {\n      __typename\n      ... on Officer {\n        id\n        fullName\n        officeId\n        roles\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfficerMe {\n    me {\n      __typename\n      ... on Officer {\n        id\n        fullName\n        officeId\n        roles\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsoleTicketFields on Ticket {\n    id\n    number\n    status\n    stage\n    priority\n    holdReason\n    callCount\n  }\n"): (typeof documents)["\n  fragment ConsoleTicketFields on Ticket {\n    id\n    number\n    status\n    stage\n    priority\n    holdReason\n    callCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficeCounters($officeId: ID!) {\n    counters(officeId: $officeId) {\n      id\n      name\n      stages\n      open\n      status\n      pauseReason\n      officer {\n        id\n      }\n      currentTicket {\n        ...ConsoleTicketFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfficeCounters($officeId: ID!) {\n    counters(officeId: $officeId) {\n      id\n      name\n      stages\n      open\n      status\n      pauseReason\n      officer {\n        id\n      }\n      currentTicket {\n        ...ConsoleTicketFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FloorPulse($officeId: ID!) {\n    officeFloorChanged(officeId: $officeId) {\n      officeId\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  subscription FloorPulse($officeId: ID!) {\n    officeFloorChanged(officeId: $officeId) {\n      officeId\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StageTickets($officeId: ID!, $stage: Stage!) {\n    waiting: tickets(officeId: $officeId, stage: $stage, statuses: [WAITING]) {\n      ...ConsoleTicketFields\n    }\n    onHold: tickets(officeId: $officeId, stage: $stage, statuses: [ON_HOLD]) {\n      ...ConsoleTicketFields\n    }\n    missed: tickets(officeId: $officeId, stage: $stage, statuses: [NO_SHOW]) {\n      ...ConsoleTicketFields\n    }\n  }\n"): (typeof documents)["\n  query StageTickets($officeId: ID!, $stage: Stage!) {\n    waiting: tickets(officeId: $officeId, stage: $stage, statuses: [WAITING]) {\n      ...ConsoleTicketFields\n    }\n    onHold: tickets(officeId: $officeId, stage: $stage, statuses: [ON_HOLD]) {\n      ...ConsoleTicketFields\n    }\n    missed: tickets(officeId: $officeId, stage: $stage, statuses: [NO_SHOW]) {\n      ...ConsoleTicketFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CallTicket($counterId: ID!, $ticketId: ID!) {\n    callTicket(counterId: $counterId, ticketId: $ticketId) {\n      ...ConsoleTicketFields\n    }\n  }\n"): (typeof documents)["\n  mutation CallTicket($counterId: ID!, $ticketId: ID!) {\n    callTicket(counterId: $counterId, ticketId: $ticketId) {\n      ...ConsoleTicketFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PauseCounter($counterId: ID!, $reason: String!) {\n    pauseCounter(counterId: $counterId, reason: $reason) {\n      id\n      status\n      pauseReason\n    }\n  }\n"): (typeof documents)["\n  mutation PauseCounter($counterId: ID!, $reason: String!) {\n    pauseCounter(counterId: $counterId, reason: $reason) {\n      id\n      status\n      pauseReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeCounter($counterId: ID!) {\n    resumeCounter(counterId: $counterId) {\n      id\n      status\n      pauseReason\n    }\n  }\n"): (typeof documents)["\n  mutation ResumeCounter($counterId: ID!) {\n    resumeCounter(counterId: $counterId) {\n      id\n      status\n      pauseReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenCounter($counterId: ID!) {\n    openCounter(counterId: $counterId) {\n      id\n      open\n    }\n  }\n"): (typeof documents)["\n  mutation OpenCounter($counterId: ID!) {\n    openCounter(counterId: $counterId) {\n      id\n      open\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseCounter($counterId: ID!) {\n    closeCounter(counterId: $counterId) {\n      id\n      open\n    }\n  }\n"): (typeof documents)["\n  mutation CloseCounter($counterId: ID!) {\n    closeCounter(counterId: $counterId) {\n      id\n      open\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CallNext($counterId: ID!) {\n    callNext(counterId: $counterId) {\n      ...ConsoleTicketFields\n    }\n  }\n"): (typeof documents)["\n  mutation CallNext($counterId: ID!) {\n    callNext(counterId: $counterId) {\n      ...ConsoleTicketFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Recall($ticketId: ID!) {\n    recall(ticketId: $ticketId) {\n      ...ConsoleTicketFields\n    }\n  }\n"): (typeof documents)["\n  mutation Recall($ticketId: ID!) {\n    recall(ticketId: $ticketId) {\n      ...ConsoleTicketFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartService($ticketId: ID!) {\n    startService(ticketId: $ticketId) {\n      ...ConsoleTicketFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartService($ticketId: ID!) {\n    startService(ticketId: $ticketId) {\n      ...ConsoleTicketFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteStage($ticketId: ID!) {\n    completeStage(ticketId: $ticketId) {\n      ...ConsoleTicketFields\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteStage($ticketId: ID!) {\n    completeStage(ticketId: $ticketId) {\n      ...ConsoleTicketFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNoShow($ticketId: ID!) {\n    markNoShow(ticketId: $ticketId) {\n      ...ConsoleTicketFields\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNoShow($ticketId: ID!) {\n    markNoShow(ticketId: $ticketId) {\n      ...ConsoleTicketFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HoldTicket($ticketId: ID!, $reason: String!) {\n    holdTicket(ticketId: $ticketId, reason: $reason) {\n      ...ConsoleTicketFields\n    }\n  }\n"): (typeof documents)["\n  mutation HoldTicket($ticketId: ID!, $reason: String!) {\n    holdTicket(ticketId: $ticketId, reason: $reason) {\n      ...ConsoleTicketFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferTicket($ticketId: ID!, $counterId: ID!) {\n    transferTicket(ticketId: $ticketId, counterId: $counterId) {\n      ...ConsoleTicketFields\n    }\n  }\n"): (typeof documents)["\n  mutation TransferTicket($ticketId: ID!, $counterId: ID!) {\n    transferTicket(ticketId: $ticketId, counterId: $counterId) {\n      ...ConsoleTicketFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTicketPriority($ticketId: ID!, $priority: PriorityGroup) {\n    setTicketPriority(ticketId: $ticketId, priority: $priority) {\n      ...ConsoleTicketFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetTicketPriority($ticketId: ID!, $priority: PriorityGroup) {\n    setTicketPriority(ticketId: $ticketId, priority: $priority) {\n      ...ConsoleTicketFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FloorFields on OfficeFloor {\n    officeId\n    date\n    updatedAt\n    counters {\n      id\n      name\n      status\n      pauseReason\n      officer {\n        id\n        fullName\n      }\n      currentTicket {\n        id\n        number\n        status\n      }\n    }\n    queues {\n      stage\n      waiting\n      averageWaitSeconds\n    }\n    onHold {\n      id\n      number\n      stage\n      holdReason\n    }\n    longestWaitSeconds\n    servedToday\n    noShowsToday\n  }\n"): (typeof documents)["\n  fragment FloorFields on OfficeFloor {\n    officeId\n    date\n    updatedAt\n    counters {\n      id\n      name\n      status\n      pauseReason\n      officer {\n        id\n        fullName\n      }\n      currentTicket {\n        id\n        number\n        status\n      }\n    }\n    queues {\n      stage\n      waiting\n      averageWaitSeconds\n    }\n    onHold {\n      id\n      number\n      stage\n      holdReason\n    }\n    longestWaitSeconds\n    servedToday\n    noShowsToday\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisorFloor($officeId: ID!) {\n    officeFloor(officeId: $officeId) {\n      ...FloorFields\n    }\n  }\n"): (typeof documents)["\n  query SupervisorFloor($officeId: ID!) {\n    officeFloor(officeId: $officeId) {\n      ...FloorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SupervisorFloorChanged($officeId: ID!) {\n    officeFloorChanged(officeId: $officeId) {\n      ...FloorFields\n    }\n  }\n"): (typeof documents)["\n  subscription SupervisorFloorChanged($officeId: ID!) {\n    officeFloorChanged(officeId: $officeId) {\n      ...FloorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisorReport($officeId: ID!, $date: Date!) {\n    dayReport(officeId: $officeId, date: $date) {\n      officeId\n      date\n      ticketsIssued\n      ticketsDone\n      walkIns\n      byHour {\n        hour\n        stage\n        served\n        meanWaitSeconds\n      }\n      stages {\n        stage\n        figures {\n          served\n          noShows\n          meanWaitSeconds\n        }\n      }\n      counters {\n        counter {\n          id\n          name\n        }\n        figures {\n          served\n        }\n      }\n      officers {\n        officer {\n          id\n          fullName\n        }\n        figures {\n          served\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupervisorReport($officeId: ID!, $date: Date!) {\n    dayReport(officeId: $officeId, date: $date) {\n      officeId\n      date\n      ticketsIssued\n      ticketsDone\n      walkIns\n      byHour {\n        hour\n        stage\n        served\n        meanWaitSeconds\n      }\n      stages {\n        stage\n        figures {\n          served\n          noShows\n          meanWaitSeconds\n        }\n      }\n      counters {\n        counter {\n          id\n          name\n        }\n        figures {\n          served\n        }\n      }\n      officers {\n        officer {\n          id\n          fullName\n        }\n        figures {\n          served\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisorPeople($officeId: ID!) {\n    officers(officeId: $officeId) {\n      id\n      fullName\n      roles\n      active\n    }\n    devices(officeId: $officeId) {\n      id\n      kind\n      name\n      revokedAt\n    }\n    walkInQuota(officeId: $officeId) {\n      officeId\n      cap\n      issued\n      priorityCap\n      priorityIssued\n    }\n  }\n"): (typeof documents)["\n  query SupervisorPeople($officeId: ID!) {\n    officers(officeId: $officeId) {\n      id\n      fullName\n      roles\n      active\n    }\n    devices(officeId: $officeId) {\n      id\n      kind\n      name\n      revokedAt\n    }\n    walkInQuota(officeId: $officeId) {\n      officeId\n      cap\n      issued\n      priorityCap\n      priorityIssued\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterDevice($input: RegisterDeviceInput!) {\n    registerDevice(input: $input) {\n      device {\n        id\n        kind\n        name\n      }\n      credentials {\n        refreshToken\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterDevice($input: RegisterDeviceInput!) {\n    registerDevice(input: $input) {\n      device {\n        id\n        kind\n        name\n      }\n      credentials {\n        refreshToken\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetWalkInCap($officeId: ID!, $cap: Int, $priorityCap: Int) {\n    setWalkInCap(officeId: $officeId, cap: $cap, priorityCap: $priorityCap) {\n      officeId\n      cap\n      issued\n      priorityCap\n      priorityIssued\n    }\n  }\n"): (typeof documents)["\n  mutation SetWalkInCap($officeId: ID!, $cap: Int, $priorityCap: Int) {\n    setWalkInCap(officeId: $officeId, cap: $cap, priorityCap: $priorityCap) {\n      officeId\n      cap\n      issued\n      priorityCap\n      priorityIssued\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueWalkIn($officeId: ID!, $priority: PriorityGroup) {\n    issueWalkInTicket(officeId: $officeId, priority: $priority) {\n      id\n      number\n    }\n  }\n"): (typeof documents)["\n  mutation IssueWalkIn($officeId: ID!, $priority: PriorityGroup) {\n    issueWalkInTicket(officeId: $officeId, priority: $priority) {\n      id\n      number\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssuePickup($officeId: ID!, $bookingCode: String!) {\n    issuePickupTicket(officeId: $officeId, bookingCode: $bookingCode) {\n      id\n      number\n    }\n  }\n"): (typeof documents)["\n  mutation IssuePickup($officeId: ID!, $bookingCode: String!) {\n    issuePickupTicket(officeId: $officeId, bookingCode: $bookingCode) {\n      id\n      number\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExpectedArrivals($officeId: ID!, $date: Date!) {\n    expectedArrivals(officeId: $officeId, date: $date) {\n      session {\n        id\n        startsAt\n        endsAt\n        capacity\n        cancelReason\n      }\n      bookings {\n        id\n        code\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExpectedArrivals($officeId: ID!, $date: Date!) {\n    expectedArrivals(officeId: $officeId, date: $date) {\n      session {\n        id\n        startsAt\n        endsAt\n        capacity\n        cancelReason\n      }\n      bookings {\n        id\n        code\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelSession($id: ID!, $reason: String!) {\n    cancelSession(id: $id, reason: $reason) {\n      id\n      cancelReason\n    }\n  }\n"): (typeof documents)["\n  mutation CancelSession($id: ID!, $reason: String!) {\n    cancelSession(id: $id, reason: $reason) {\n      id\n      cancelReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      accessToken\n      refreshToken\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      accessToken\n      refreshToken\n      expiresAt\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;