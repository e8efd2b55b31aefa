package no.medvirk.organisation;

import static no.medvirk.RestRequests.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import no.medvirk.MedvirkTest;
import no.medvirk.organisation.Organisation.Person;
import no.medvirk.organisation.Organisation.Unit;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

@MedvirkTest
@ExtendWith(OutputCaptureExtension.class)
class OrganisationSyncTests {

    @Autowired
    Organisation demo;
    @Autowired
    SmartInitializingSingleton organisationSyncAtStart;
    @Autowired
    IdentityService identityService;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    FilterService filterService;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    UnitRecords units;
    @Autowired
    TransactionTemplate transaction;

    final List<String> instances = new ArrayList<>();

    @AfterEach
    void restoreTheDemoOrganisation() {
        instances.forEach(id -> runtimeService.deleteProcessInstanceIfExists(id, "test over", true, true, true, true));
        organisationSyncAtStart.afterSingletonsInstantiated();
    }

    @Test
    void shouldMakeTheDemoOrganisationsUsersGroupsAndMemberships() {
        assertThat(identityService.checkPassword("kari", "demo")).isTrue();
        assertThat(identityService.createUserQuery().userId("kari").singleResult())
                .extracting(User::getFirstName, User::getLastName, User::getEmail)
                .containsExactly("Kari", "Nordmann", "kari.nordmann@medvirk.example");
        assertThat(groupsOf("kari")).containsExactlyInAnyOrder("medvirk-users", "unit-vei");
        assertThat(groupsOf("vegleder")).containsExactlyInAnyOrder("medvirk-users", "unit-vei", "unit-vei-leaders");
        assertThat(groupsOf("ola")).containsExactlyInAnyOrder("medvirk-users", "unit-barnehage");
        assertThat(groupsOf("admin")).contains("camunda-admin");
        assertThat(groupsOf("servicesenter")).contains("service-centre");
        assertThat(groupsOf("ordforer")).contains("mayor");
        assertThat(groupsOf("kommunedirektor")).contains("chief-executive");
        assertThat(groupsOf("sekretar")).contains("committee-secretariat");
        assertThat(groupsOf("politiker")).contains("politicians");
        assertThat(identityService.createGroupQuery().groupId("unit-helsestasjon").singleResult().getName())
                .isEqualTo("Helsestasjons- og skolehelsetjenesten");
        assertThat(units.findById("vei")).hasValueSatisfying(vei -> assertThat(vei.getName()).isEqualTo("Vei, park og idrett"));
    }

    @Test
    void shouldGiveTasklistToEveryoneAndEverythingToAdministrators() {
        assertThat(authorizationService.isUserAuthorized("ola", groupsOf("ola"), Permissions.ACCESS,
                Resources.APPLICATION, "tasklist")).isTrue();
        assertThat(authorizationService.isUserAuthorized("ola", groupsOf("ola"), Permissions.ACCESS,
                Resources.APPLICATION, "cockpit")).isFalse();
        assertThat(authorizationService.isUserAuthorized("admin", groupsOf("admin"), Permissions.ACCESS,
                Resources.APPLICATION, "cockpit")).isTrue();
        assertThat(authorizationService.isUserAuthorized("ola", groupsOf("ola"), Permissions.CREATE,
                Resources.DEPLOYMENT, "*")).isFalse();
    }

    @Test
    void shouldCreateNothingTwiceWhenStartedAgain() {
        Map<String, Long> before = counts();

        organisationSyncAtStart.afterSingletonsInstantiated();

        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void shouldFollowAChangedOrganisationFile() {
        // Kari moves to the kindergartens, Ola leaves, culture gets a new name and NAV leaves the municipality.
        Organisation changed = with(demo,
                people -> people.stream().filter(p -> !p.id().equals("ola")).toList(),
                unitList -> unitList.stream()
                        .filter(u -> !u.code().equals("nav"))
                        .map(u -> switch (u.code()) {
                            case "vei" -> new Unit("vei", u.name(), u.email(), u.leaders(), List.of());
                            case "barnehage" -> new Unit("barnehage", u.name(), u.email(), List.of(), List.of("kari"));
                            case "kultur" -> new Unit("kultur", "Kultur og fritid", u.email(), List.of(), List.of());
                            default -> u;
                        }).toList());

        sync(changed);

        assertThat(identityService.createUserQuery().userId("ola").count()).isZero();
        assertThat(groupsOf("kari")).containsExactlyInAnyOrder("medvirk-users", "unit-barnehage");
        assertThat(identityService.createGroupQuery().groupId("unit-kultur").singleResult().getName())
                .isEqualTo("Kultur og fritid");
        assertThat(identityService.createGroupQuery().groupId("unit-nav").count()).isZero();
        assertThat(units.findById("nav")).hasValueSatisfying(nav -> assertThat(nav.isActive()).isFalse());
        assertThat(units.findById("kultur")).hasValueSatisfying(k -> assertThat(k.getName()).isEqualTo("Kultur og fritid"));
    }

    @Test
    void shouldHandARemovedPersonsTasksBackToTheirGroup(CapturedOutput output) {
        String instance = startCall("kari");

        sync(with(demo, people -> people.stream().filter(p -> !p.id().equals("kari")).toList(),
                unitList -> unitList.stream().map(u -> u.code().equals("vei")
                        ? new Unit("vei", u.name(), u.email(), u.leaders(), List.of()) : u).toList()));

        Task call = taskService.createTaskQuery().processInstanceId(instance).singleResult();
        assertThat(call.getAssignee()).isNull();
        assertThat(taskService.createTaskQuery().taskId(call.getId()).taskCandidateGroup("unit-vei").count()).isOne();
        assertThat(output).contains("Task 'Ring innmelder' (" + call.getId() + ") of case 26/9901 was assigned to kari, "
                + "who is no longer in the organisation file: handed back to [unit-vei]");
        // The leader hands it out again, and the next round goes to the group, not to the person who left.
        var vegleder = rest.withBasicAuth("vegleder", "demo");
        assertThat(vegleder.postForEntity("/engine-rest/task/" + call.getId() + "/claim",
                json(Map.of("userId", "vegleder")), String.class).getStatusCode().value()).isEqualTo(204);
        taskService.complete(call.getId());
        assertThat(taskService.createTaskQuery().processInstanceId(instance).singleResult().getAssignee()).isNull();
    }

    @Test
    void shouldWarnAboutEachTaskOfARemovedGroup(CapturedOutput output) {
        String instance = startCall(null);
        runtimeService.setVariable(instance, "unitCode", "nav");
        Task call = taskService.createTaskQuery().processInstanceId(instance).singleResult();
        taskService.deleteCandidateGroup(call.getId(), "unit-vei");
        taskService.addCandidateGroup(call.getId(), "unit-nav");

        sync(with(demo, people -> people, unitList -> unitList.stream().filter(u -> !u.code().equals("nav")).toList()));

        assertThat(output).contains("Task 'Ring innmelder' (" + call.getId() + ") of case 26/9901 is for group "
                + "unit-nav, which is no longer in the organisation file");
    }

    /** A call task assigned from a variable, as the message lifecycle's are, and a second round after it. */
    private String startCall(String caseworker) {
        if (repositoryService.createProcessDefinitionQuery().processDefinitionKey("test-assigned-call").count() == 0) {
            repositoryService.createDeployment().name("test-assigned-call").addModelInstance("call.bpmn",
                    Bpmn.createExecutableProcess("test-assigned-call").camundaHistoryTimeToLive(1).startEvent()
                            .userTask("Task_Call").name("Ring innmelder").camundaAssignee("${caseworker}")
                            .camundaCandidateGroups("unit-vei")
                            .userTask("Task_CallAgain").name("Ring innmelder").camundaAssignee("${caseworker}")
                            .camundaCandidateGroups("unit-vei")
                            .endEvent().done()).deploy();
        }
        Map<String, Object> variables = new java.util.HashMap<>();
        variables.put("caseworker", caseworker);
        String id = runtimeService.startProcessInstanceByKey("test-assigned-call", "26/9901", variables).getId();
        instances.add(id);
        return id;
    }

    @Test
    void shouldTakeTheAdministratorsPasswordFromTheEnvironmentOutsideTheDemo() {
        Organisation municipality = new Organisation("Testkommune", false,
                demo.people().stream().map(p -> new Person(p.id(), p.firstName(), p.lastName(), p.email(), p.phone(), null))
                        .toList(),
                demo.administrators(), demo.serviceCentre(), demo.mayor(), demo.chiefExecutive(),
                demo.committeeSecretariat(), demo.politicians(), demo.units(), demo.bodies(), demo.administration());

        transaction.executeWithoutResult(s -> new OrganisationSync(identityService, authorizationService, orphans())
                .sync(municipality, "Sterkt-Passord-2026!", new TasklistFilters(filterService, taskService).sync()));

        assertThat(identityService.checkPassword("admin", "Sterkt-Passord-2026!")).isTrue();
        // Everyone else keeps the password they have; the file never sets one.
        assertThat(identityService.checkPassword("kari", "demo")).isTrue();
    }

    private void sync(Organisation organisation) {
        transaction.executeWithoutResult(s -> {
            new OrganisationSync(identityService, authorizationService, orphans())
                    .sync(organisation, null, new TasklistFilters(filterService, taskService).sync());
            new UnitTableSync(units).sync(organisation);
        });
    }

    private OrphanedTasks orphans() {
        return new OrphanedTasks(taskService, runtimeService, repositoryService);
    }

    private Map<String, Long> counts() {
        long memberships = identityService.createGroupQuery().list().stream()
                .mapToLong(g -> identityService.createUserQuery().memberOfGroup(g.getId()).count()).sum();
        return Map.of(
                "users", identityService.createUserQuery().count(),
                "groups", identityService.createGroupQuery().count(),
                "memberships", memberships,
                "authorizations", authorizationService.createAuthorizationQuery().count(),
                "filters", filterService.createFilterQuery().count(),
                "units", units.count());
    }

    private List<String> groupsOf(String userId) {
        return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    }

    private static Organisation with(Organisation o, UnaryOperator<List<Person>> people, UnaryOperator<List<Unit>> units) {
        return new Organisation(o.name(), o.demo(), people.apply(new ArrayList<>(o.people())), o.administrators(),
                o.serviceCentre(), o.mayor(), o.chiefExecutive(), o.committeeSecretariat(), o.politicians(),
                units.apply(o.units()), o.bodies(), o.administration());
    }
}
