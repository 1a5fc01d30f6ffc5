import type { CalendarFeed } from './meeting.js';

export interface CalendarFeedRepository {
  create(feed: CalendarFeed): Promise<void>;
  findByTokenHash(tokenHash: string): Promise<CalendarFeed | null>;
  findActiveForUser(userId: string): Promise<CalendarFeed | null>;
  revokeForUser(userId: string, revokedAt: string): Promise<void>;
}
