import { list, str } from "@lanhai/config";

/** Dealer hub in Singapore. Customer and after-sales masters stay in China and are read on demand. */
export const hubConfig = {
  crmMongo: str("CN_CRM_MONGO", "mongodb://sea-dealer-hub@mongo-crm.lanhai-motors.com.cn:27017/crm?tls=true"),
  aftersalesMysql: str("CN_AFTERSALES_MYSQL", "mysql://sea_ro@mysql-aftersales.lanhai-motors.com.cn:3306/aftersales"),
  aftersalesApi: str("CN_AFTERSALES_API", "https://aftersales.lanhai-motors.com.cn/api/v1/"),
  cnBrokers: list("CN_KAFKA_BROKERS", ["kafka-gw.lanhai-motors.com.cn:9094"]),
  localMongo: str("LOCAL_MONGO", "mongodb://dealer-hub@mongo.sea-dealer-hub.svc.cluster.local:27017/dealer"),
};

export function aftersalesToken(): string {
  return process.env.AFTERSALES_TOKEN ?? "";
}
