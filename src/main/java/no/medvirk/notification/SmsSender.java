package no.medvirk.notification;

import java.time.Clock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;

/** Sends what the SMS outbox holds ({@link RowSender}) to the gateway, while one is configured. */
@Component
class SmsSender extends RowSender<SmsMessage> {

    private final SmsGateway gateway;
    private final SmsSettings settings;

    SmsSender(SmsMessages messages, SmsMetrics metrics, SmsGateway gateway, SmsSettings settings, Clock clock) {
        super(messages, metrics, RestClientException.class, "Text message", clock);
        this.gateway = gateway;
        this.settings = settings;
    }

    @Override
    @Scheduled(fixedDelayString = "${medvirk.sms.retry-every:PT1M}")
    void sendDue() {
        super.sendDue();
    }

    @Override
    boolean ready() {
        return settings.configured();
    }

    @Override
    void deliver(SmsMessage sms) {
        gateway.send(sms.getRecipient(), sms.getBody());
    }
}
