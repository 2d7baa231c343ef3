import type { Pool } from "pg";

/** Every repository shares the pool and the row mapping. */
export abstract class BaseRepository<T> {
  protected constructor(protected readonly pool: Pool, protected readonly table: string) {}

  protected async many(sql: string, params: unknown[] = []): Promise<T[]> {
    const result = await this.pool.query(sql, params);
    return result.rows as T[];
  }
}
