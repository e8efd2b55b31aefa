package no.medvirk.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

class OrganisationFileTests {

    private static final String VALID = """
            name: Testkommune
            people:
              - { id: anne, firstName: Anne, lastName: Admin, email: anne@test.no }
              - { id: siv, firstName: Siv, lastName: Sentral, email: siv@test.no }
            administrators: [anne]
            serviceCentre:        { name: Servicetorget, email: st@test.no, members: [siv] }
            mayor:                { name: Ordføreren, email: o@test.no }
            chiefExecutive:       { name: Rådmannen, email: r@test.no }
            committeeSecretariat: { name: Sekretariatet, email: s@test.no }
            bodies:
              committee: { id: au, name: Arbeidsutvalget }
              council:   { id: bu, name: Bydelsutvalget }
            administration: { title: Bydelsdirektøren, proposes: Bydelsdirektøren foreslår at det gjøres følgende, invited: [anne] }
            politicians:
              - { person: siv, body: au }
            units:
              - { code: vei, name: Vei, email: vei@test.no, caseworkers: [siv] }
            """;

    @Test
    void shouldReadTheDemoOrganisation() {
        Organisation demo = OrganisationFile.read(new ClassPathResource("organisation-demo.yml"));

        assertThat(demo.demo()).isTrue();
        assertThat(demo.people()).extracting(Organisation.Person::id).containsExactlyInAnyOrder(
                "admin", "servicesenter", "vegleder", "kari", "ola", "ordforer", "kommunedirektor", "sekretar",
                "politiker", "representant", "bjorn", "liv", "hjemmeleder");
        assertThat(demo.people()).allSatisfy(p -> assertThat(p.password()).isEqualTo("demo"));
        assertThat(demo.units()).extracting(Organisation.Unit::code).containsExactly(
                "vei", "barnehage", "hjemmetjeneste", "helsestasjon", "kultur", "nav");
        assertThat(demo.unit("vei")).hasValueSatisfying(vei -> {
            assertThat(vei.name()).isEqualTo("Vei, park og idrett");
            assertThat(vei.leaders()).containsExactly("vegleder");
            assertThat(vei.caseworkers()).containsExactly("kari");
            assertThat(vei.userCouncil()).containsExactly(
                    new Organisation.Contact("Idrettsrådet", "idrettsradet@medvirk.example"));
            assertThat(vei.serviceInfo()).startsWith("Enheten drifter 240 km kommunal vei");
        });
        assertThat(demo.unit("barnehage").orElseThrow().caseworkers()).containsExactly("ola");
    }

    @Test
    void shouldReadThePoliticiansWithTheirBodiesAndTheAdministrationOfTheDemo() {
        Organisation demo = OrganisationFile.read(new ClassPathResource("organisation-demo.yml"));

        assertThat(demo.politicians()).extracting(Organisation.Politician::person)
                .containsExactly("politiker", "representant", "bjorn", "liv");
        assertThat(demo.isPolitician("representant")).isTrue();
        assertThat(demo.isPolitician("kommunedirektor")).isFalse();
        assertThat(demo.bodyOf("politiker")).isEqualTo("Tjenesteutvalget");
        assertThat(demo.bodyOf("liv")).isEqualTo("Kommunestyret");
        assertThat(demo.bodies().committee().name()).isEqualTo("Tjenesteutvalget");
        assertThat(demo.bodies().council().name()).isEqualTo("Kommunestyret");
        assertThat(demo.administration()).isEqualTo(new Organisation.Administration("Kommunedirektøren",
                "Kommunedirektøren foreslår at det gjøres følgende", List.of("kommunedirektor")));
        assertThat(demo.addressesOf(OrganisationGroups.POLITICIANS)).containsExactly("per.politiker@medvirk.example",
                "rita.representant@medvirk.example", "bjorn.bakke@medvirk.example", "liv.lunde@medvirk.example");
    }

    @Test
    void shouldReadADistrictsRouteThroughItsBodies() {
        Organisation district = read(VALID);

        assertThat(district.bodies().committee()).isEqualTo(new Organisation.ElectedBody("au", "Arbeidsutvalget", null));
        assertThat(district.bodyOf("siv")).isEqualTo("Arbeidsutvalget");
        assertThat(district.administration().title()).isEqualTo("Bydelsdirektøren");
    }

    @Test
    void shouldRefuseAFileInTheOldFormatWithOneLineThatSaysWhatToChange() {
        String old = VALID.replaceAll("(?s)bodies:.*?(?=units:)",
                "politicians: { name: Politikere, email: p@test.no, members: [siv] }\n");

        assertThatThrownBy(() -> read(old)).isInstanceOfSatisfying(InvalidOrganisationException.class,
                e -> assertThat(e.problems()).containsExactly(OrganisationFile.OLD_FORMAT));
        assertThat(OrganisationFile.OLD_FORMAT).contains("'politicians' is in the old format",
                "- { person: per, body: tjenesteutvalget }", "'bodies'", "'administration'", "docs/operations.md");
    }

    @Test
    void shouldNameEachProblemOfThePoliticiansBodiesAndAdministration() {
        String broken = VALID
                .replace("{ person: siv, body: au }", "{ person: siv, body: kommunestyret }\n  - { person: per, body: au }")
                .replace("council:   { id: bu, name: Bydelsutvalget }", "council:   { id: bu }")
                .replace("invited: [anne]", "invited: [anna]");

        assertThatThrownBy(() -> read(broken))
                .isInstanceOfSatisfying(InvalidOrganisationException.class, e -> assertThat(e.problems()).contains(
                        "'bodies' council: an id (lower-case letters and digits) and a name are required",
                        "'administration' invited: 'anna' is not among 'people'",
                        "politician 'siv': body must be one of [au]",
                        "politician 'per' is not among 'people'"));
        assertThatThrownBy(() -> read(VALID.replaceAll("(?s)administration:.*?\n", "")))
                .hasMessageContaining("'administration' is missing");
    }

    @Test
    void shouldReadAMunicipalitysOwnFile() {
        Organisation organisation = read(VALID);

        assertThat(organisation.demo()).isFalse();
        assertThat(organisation.mayor().members()).isEmpty();
        assertThat(organisation.unit("vei").orElseThrow().leaders()).isEmpty();
    }

    @Test
    void shouldRefusePasswordsOutsideADemoOrganisation() {
        assertThatThrownBy(() -> read(VALID.replace("email: anne@test.no", "email: anne@test.no, password: hemmelig")))
                .isInstanceOf(InvalidOrganisationException.class)
                .hasMessageContaining("person 'anne': passwords belong only in a demo organisation");
    }

    @Test
    void shouldNameEveryProblemOfTheFileAtOnce() {
        String broken = VALID
                .replace("id: siv,", "id: Siv Sentral,")
                .replace("administrators: [anne]", "administrators: [anna]")
                .replace("caseworkers: [siv]", "caseworkers: [siv], leaders: [per]")
                .replace("mayor:                { name: Ordføreren, email: o@test.no }\n", "")
                .replace("leaders: [per] }", "leaders: [per], userCouncil: [{ name: Brukerrådet, email: nei }] }");

        assertThatThrownBy(() -> read(broken))
                .isInstanceOfSatisfying(InvalidOrganisationException.class, e -> assertThat(e.problems()).contains(
                        "person 'Siv Sentral': id must be lower-case letters and digits only",
                        "administrators: 'anna' is not among 'people'",
                        "unit 'vei' leaders: 'per' is not among 'people'",
                        "'mayor' is missing",
                        "unit 'vei': each contact in userCouncil and employeeContacts needs a name and a valid email"));
    }

    @Test
    void shouldReadTheIdentityProvidersGroupsAndLogins() {
        Organisation organisation = read(VALID
                .replace("email: siv@test.no }", "email: siv@test.no, login: SIVS@ad.test.no }")
                .replace("members: [siv] }", "members: [siv], idpGroups: [servicetorget] }")
                .replace("caseworkers: [siv] }", "caseworkers: [siv], idpGroups: [vei-alle], leaderIdpGroups: [vei-ledere] }"));

        assertThat(organisation.person("siv")).hasValueSatisfying(siv -> assertThat(siv.loginName()).isEqualTo("SIVS@ad.test.no"));
        assertThat(organisation.person("anne")).hasValueSatisfying(anne -> assertThat(anne.loginName()).isEqualTo("anne@test.no"));
        assertThat(organisation.serviceCentre().idpGroups()).containsExactly("servicetorget");
        assertThat(organisation.unit("vei")).hasValueSatisfying(vei -> {
            assertThat(vei.idpGroups()).containsExactly("vei-alle");
            assertThat(vei.leaderIdpGroups()).containsExactly("vei-ledere");
        });
        assertThatThrownBy(() -> read(VALID.replace("members: [siv] }", "members: [siv], idpGroups: [\"\"] }")))
                .isInstanceOfSatisfying(InvalidOrganisationException.class, e -> assertThat(e.problems())
                        .containsExactly("'serviceCentre' idpGroups: an identity provider's group or role cannot be empty"));
    }

    @Test
    void shouldNameAMisspelledFieldAndWhereItIs() {
        assertThatThrownBy(() -> read(VALID.replace("units:", "unitz:")))
                .hasMessageContaining("unknown field 'unitz'");
        assertThatThrownBy(() -> read(VALID.replace("caseworkers: [siv]", "caseworker: [siv]")))
                .hasMessageContaining("unknown field 'caseworker' in units[0]");
    }

    private static Organisation read(String yaml) {
        return OrganisationFile.read(new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8), "test.yml"));
    }
}
