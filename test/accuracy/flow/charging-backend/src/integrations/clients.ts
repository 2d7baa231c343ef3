import got from "got";
import mqtt from "mqtt";

export const billing = got.extend({ prefixUrl: "https://billing.example-pay.com/api" });
export const energyBroker = mqtt.connect("mqtts://energy.example-motors.de:8883");
export const domesticBroker = mqtt.connect("mqtts://energy.example-motors.com.cn:8883");
