import { PrismaClient } from "@prisma/client";

const prisma = new PrismaClient({ datasourceUrl: "postgresql://eu@pg.charging.example.com.cn/charging" });

export async function sessionsOfStation(stationId: string) { // expect: unassessed-export behaviour=processing-abroad
  return prisma.chargeSession.findMany({ where: { stationId } }); // expect: unassessed-export behaviour=remote-access
}
