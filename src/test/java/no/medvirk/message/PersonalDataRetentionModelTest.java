package no.medvirk.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import no.medvirk.ModelBeans;
import no.medvirk.PlainEngine;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * processes/personal-data-retention.bpmn in a plain engine: every night at 02:00, Oslo time, one run of
 * the anonymising bean. PersonalDataRetentionProcessTest checks what the real bean removes.
 */
@Deployment(resources = "processes/personal-data-retention.bpmn")
class PersonalDataRetentionModelTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @RegisterExtension
    static final ProcessEngineExtension extension = PlainEngine.extension();

    ProcessEngine engine;
    ModelBeans beans;

    @BeforeEach
    void fakeTheBeanAndDeployTheFridayBeforeSummerTime() {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2027, 3, 26, 22, 0).atZone(OSLO).toInstant()));
        beans = ModelBeans.named("anonymiseExpiredMessages");
    }

    @Test
    void shouldRunEveryNightAtTwoOnOsloClocks() {
        Job tonight = nightlyTimer();
        // Winter time: 02:00 in Oslo is 01:00 UTC.
        assertThat(tonight.getDuedate().toInstant()).isEqualTo(Instant.parse("2027-03-27T01:00:00Z"));

        ClockUtil.setCurrentTime(tonight.getDuedate());
        engine.getManagementService().executeJob(tonight.getId());

        assertThat(beans.called()).containsExactly("anonymiseExpiredMessages");
        HistoricProcessInstance night = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey("personal-data-retention").singleResult();
        assertThat(night.getEndActivityId()).isEqualTo("EndEvent_PersonalDataRemoved");
        // Oslo's clocks skip from 02:00 to 03:00 on Sunday 28 March, so that night has no run; the next is
        // on Monday, in summer time: 02:00 in Oslo is 00:00 UTC.
        assertThat(nightlyTimer().getDuedate().toInstant()).isEqualTo(Instant.parse("2027-03-29T00:00:00Z"));
    }

    @Test
    void shouldBeDueAtTwoAndNotBefore() {
        Instant two = nightlyTimer().getDuedate().toInstant();

        ClockUtil.setCurrentTime(Date.from(two.minusSeconds(60)));
        assertThat(engine.getManagementService().createJobQuery().executable().count()).isZero();
        ClockUtil.setCurrentTime(Date.from(two));
        assertThat(engine.getManagementService().createJobQuery().executable().count()).isOne();
    }

    private Job nightlyTimer() {
        return engine.getManagementService().createJobQuery().processDefinitionKey("personal-data-retention").timers()
                .singleResult();
    }
}
