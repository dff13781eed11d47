import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';

/** A trivial query: throws when the database cannot be read (liveness). */
export const checkDatabase = (db: Db) => db.get(sql`SELECT 1`);
