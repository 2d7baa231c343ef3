import { Kafka } from "kafkajs";

const domesticKafka = new Kafka({ clientId: "fleetops", brokers: ["kafka-1.fleetops.example-motors.com.cn:9092", "kafka-2.fleetops.example-motors.com.cn:9092"] });
export const ukKafka = new Kafka({ clientId: "fleetops-uk", brokers: ["kafka-a.example-motors.co.uk:9093", "kafka-b.example-motors.co.uk:9093"], ssl: true });
const partnerKafka = new Kafka({ clientId: "fleetops-partner", brokers: (process.env.PARTNER_BROKERS ?? "").split(",") });

export const domesticProducer = domesticKafka.producer();
export const partnerProducer = partnerKafka.producer();
