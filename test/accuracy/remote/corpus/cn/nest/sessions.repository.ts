import { PrismaClient } from "@prisma/client";

const prisma = new PrismaClient({ datasourceUrl: "postgresql://api@pg.charging.example.com.cn/charging" });

export class SessionsRepository {
  byId(id: string) {
    return prisma.chargeSession.findUnique({ where: { id } });
  }
}
