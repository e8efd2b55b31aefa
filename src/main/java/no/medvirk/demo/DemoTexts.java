package no.medvirk.demo;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What the demo year's citizens write and the municipality answers, in plausible Norwegian. Places
 * and people are made up; {@code {sted}} is filled with a made-up place.
 */
final class DemoTexts {

    /** What citizens write about one subject area, by kind, and what the unit answers. */
    record AreaTexts(List<String> questions, List<String> suggestions, List<String> complaints,
                     List<String> praise, List<String> answers) {

        List<String> of(String kind) {
            return switch (kind) {
                case "QUESTION" -> questions;
                case "SUGGESTION" -> suggestions;
                case "COMPLAINT" -> complaints;
                default -> praise;
            };
        }
    }

    /** A message for another authority, and where the service centre sends the submitter. */
    record External(String subjectArea, String kind, String text, String referral) {
    }

    /** A message with political content, for the mayor's office. */
    record Political(String subjectArea, String kind, String text) {
    }

    static final List<String> PLACES = List.of("ved Eksempelskolen", "i Prøvegata", "ved Demoparken",
            "langs Fiktivveien", "i krysset ved Testtorget", "ved barnehagen i Demodalen", "på Prøvestadmoen",
            "i sentrum", "ved idrettshallen på Eksempelåsen", "ved bussholdeplassen i Fiktivbakken",
            "i boligfeltet på Testrudjordet", "ved kirken i Demovik", "langs gang- og sykkelveien til Prøvestranda",
            "ved butikken i Eksempelsvingen");

    static final Map<String, AreaTexts> AREAS = Map.of(
            "Vei og trafikk", new AreaTexts(
                    List.of("Når blir hullene i asfalten {sted} fylt igjen?",
                            "Hvem har ansvaret for skiltet som har falt ned {sted}?",
                            "Kan kommunen sette opp fartsdumper {sted}? Bilene kjører altfor fort.",
                            "Når skal veien {sted} asfalteres? Det ble lovet i fjor.",
                            "Hvorfor er fortauet {sted} stengt, og hvor lenge varer arbeidet?"),
                    List.of("Jeg foreslår et nytt fotgjengerfelt {sted}; mange barn krysser der på vei til skolen.",
                            "Sett ned fartsgrensen til 30 km/t {sted}.",
                            "Det trengs et speil i den uoversiktlige svingen {sted}.",
                            "Forslag: enveiskjøring {sted} i skoletiden."),
                    List.of("Det er et stort hull i veien {sted}. Jeg fikk skade på felgen i går.",
                            "Kumlokket {sted} ligger løst og smeller hver gang en bil kjører over.",
                            "Veiarbeidet {sted} har stått stille i tre uker uten skilting.",
                            "Det står vann over hele veien {sted} hver gang det regner.",
                            "Busker og trær dekker sikten i krysset {sted}."),
                    List.of("Takk for rask reparasjon av veien {sted}!",
                            "Det nye fotgjengerfeltet {sted} har gjort skoleveien mye tryggere. Takk!",
                            "Flott at hullene {sted} ble fylt så raskt etter at jeg meldte fra."),
                    List.of("Vi har meldt saken til driftslaget, som utbedrer skaden i løpet av to uker.",
                            "Veien står på asfaltplanen for neste sommer; inntil da lapper vi de verste hullene.",
                            "Vi har vært på stedet og satt opp varselskilt. Reparasjonen er bestilt.",
                            "Forslaget tas med i trafikksikkerhetsplanen, som politikerne behandler i høst.",
                            "Vi måler farten på stedet i to uker og vurderer tiltak etter det.",
                            "Takk for tilbakemeldingen; den er gitt videre til de ansatte i driftslaget.")),
            "Brøyting og strøing", new AreaTexts(
                    List.of("Når blir veien {sted} brøytet? Vi kommer oss ikke ut.",
                            "Hvem skal strø fortauet {sted}?",
                            "Hvorfor brøytes gang- og sykkelveien {sted} så sent på morgenen?"),
                    List.of("Brøyt fortauet {sted} før skolestart; barna går i veibanen.",
                            "Sett ut en strøkasse {sted}, der bakken er bratt.",
                            "Brøytebilen bør ta bussholdeplassen {sted} først."),
                    List.of("Brøytebilen har lagt en stor brøytekant foran innkjøringen min {sted}.",
                            "Fortauet {sted} har vært speilblankt i tre dager uten strøing.",
                            "Brøytebilen har ødelagt gjerdet mitt {sted}.",
                            "Veien {sted} ble ikke brøytet i hele helgen."),
                    List.of("Takk til brøytemannskapet for god innsats i natt {sted}!",
                            "Fortauet {sted} blir alltid strødd tidlig. Tusen takk!"),
                    List.of("Brøyteroden er gitt beskjed, og veien brøytes i løpet av dagen.",
                            "Vi strør fortauet i dag og følger med på føret framover.",
                            "Entreprenøren erstatter skaden på gjerdet; de tar kontakt for å avtale tidspunkt.",
                            "Vi har endret rekkefølgen i brøyteroden slik at gang- og sykkelveien tas tidligere.",
                            "Takk for tilbakemeldingen; vi gir den videre til brøytemannskapet.")),
            "Gatelys", new AreaTexts(
                    List.of("Når blir gatelyset {sted} reparert?",
                            "Hvem har ansvaret for lysene langs turveien {sted}?",
                            "Hvorfor står gatelyset {sted} på midt på dagen?"),
                    List.of("Sett opp lys på gangveien {sted}; det er bekmørkt om vinteren.",
                            "Bytt til LED-lys {sted} for å spare strøm."),
                    List.of("Tre lyktestolper {sted} har vært mørke i over en måned.",
                            "Lyktestolpen {sted} blinker hele natten og lyser inn i soverommet.",
                            "Det er helt mørkt ved bussholdeplassen {sted}; det føles utrygt."),
                    List.of("Takk for at lysene {sted} ble reparert så raskt!",
                            "Det nye lyset på turveien {sted} er flott."),
                    List.of("Feilen er meldt til el-entreprenøren, som reparerer lysene innen to uker.",
                            "Lysene er reparert; det var en feil i styringsskapet.",
                            "Turveien ligger inne i planen for nytt lys neste år.",
                            "Takk for tilbakemeldingen; den er gitt videre til el-entreprenøren.")),
            "Parker og friområder", new AreaTexts(
                    List.of("Når blir gresset i parken {sted} klipt?",
                            "Hvem tømmer søppelbøttene {sted}?",
                            "Kan vi som nabolag få plante blomster i bedet {sted}?"),
                    List.of("Sett opp flere benker langs stien {sted}.",
                            "Lekeplassen {sted} trenger en huske for små barn.",
                            "Forslag: hundeposestativ og søppelbøtte {sted}."),
                    List.of("Søppelbøttene {sted} er overfylte og måkene sprer søppel overalt.",
                            "Lekeplassen {sted} har ødelagte apparater med skarpe kanter.",
                            "Det ligger glasskår i sandkassen {sted}.",
                            "Stien {sted} er gjengrodd og nesten ikke framkommelig."),
                    List.of("Parken {sted} er så fin i år. Takk til parkvesenet!",
                            "Den nye lekeplassen {sted} er et samlingssted for hele nabolaget. Takk!",
                            "Takk for at stien {sted} ble ryddet."),
                    List.of("Vi tømmer søppelbøttene oftere i sommer og setter opp en større bøtte.",
                            "Det ødelagte apparatet er sperret av og blir byttet i løpet av måneden.",
                            "Parkvesenet rydder stien i løpet av to uker.",
                            "Forslaget er tatt med i planen for parkene neste år.",
                            "Takk for hyggelige ord; de er gitt videre til parkvesenet.")),
            "Idrettsanlegg", new AreaTexts(
                    List.of("Når åpner kunstgressbanen {sted} etter vinteren?",
                            "Hvordan søker et lag om treningstid i hallen {sted}?",
                            "Hvorfor er garderobene {sted} stengt i helgene?"),
                    List.of("Lysløypa {sted} bør være tent til klokka 22.",
                            "Bygg en ballbinge {sted}; ungdommene har ingenting å gjøre.",
                            "Forslag: utendørs treningsapparater {sted}."),
                    List.of("Garderobene {sted} er skitne og dusjene er kalde.",
                            "Lysløypa {sted} har ikke vært preparert på to uker.",
                            "Kunstgresset {sted} er slitt og gir skader."),
                    List.of("Takk for flott preparert lysløype {sted}!",
                            "Den nye hallen {sted} er fantastisk. Takk!"),
                    List.of("Vaktmesteren har fått beskjed og ser på dusjene denne uken.",
                            "Løypa prepareres igjen så snart det er nok snø.",
                            "Søknad om treningstid sendes idrettsrådet innen 1. mai.",
                            "Forslaget er gitt videre til idrettsrådet, som prioriterer anleggene.",
                            "Takk for tilbakemeldingen; den er gitt videre til de ansatte.")),
            "Barnehage", new AreaTexts(
                    List.of("Når får vi svar på søknaden om barnehageplass?",
                            "Hvordan søker vi om redusert foreldrebetaling?",
                            "Kan vi bytte barnehage midt i året?",
                            "Hvorfor stenger barnehagen {sted} klokka 16?"),
                    List.of("Barnehagen {sted} bør åpne klokka 06.45 for foreldre som pendler.",
                            "Forslag: felles foreldremøte for alle barnehagene om overgangen til skolen."),
                    List.of("Det er for få voksne på avdelingen i barnehagen {sted}.",
                            "Porten på uteområdet i barnehagen {sted} lukker seg ikke.",
                            "Vi fikk beskjed om stengt barnehage samme morgen."),
                    List.of("De ansatte i barnehagen {sted} gjør en fantastisk jobb. Takk!",
                            "Takk for god oppfølging av sønnen vår i tilvenningen."),
                    List.of("Søknaden er behandlet, og svaret er sendt i posten denne uken.",
                            "Styreren tar opp bemanningen med foreldrerådet på neste møte.",
                            "Porten er reparert.",
                            "Åpningstidene vurderes av barnehagene samlet før nytt barnehageår.",
                            "Takk for hyggelige ord; de er gitt videre til de ansatte.")),
            "Hjemmetjenester", new AreaTexts(
                    List.of("Hvordan søker min mor om hjemmehjelp?",
                            "Hvorfor kommer hjemmesykepleien på forskjellige tider hver dag?",
                            "Kan vi få et fast kontaktpunkt i hjemmetjenesten?"),
                    List.of("Det bør være færre forskjellige ansatte hos hver bruker.",
                            "Forslag: en telefon der pårørende kan nå hjemmetjenesten på kveldstid."),
                    List.of("Hjemmesykepleien kom ikke til avtalt tid, og far ble sittende uten medisiner.",
                            "Det kommer nye ansatte hver gang; mor blir utrygg.",
                            "Vi har ventet i fem uker på svar på søknaden om trygghetsalarm."),
                    List.of("Takk til hjemmesykepleien for omsorgsfull hjelp til far.",
                            "De ansatte i hjemmetjenesten er alltid blide og hjelpsomme. Takk!"),
                    List.of("Vi har gått gjennom besøksplanen og gitt far faste tider.",
                            "Søknaden er behandlet, og alarmen monteres neste uke.",
                            "Mor får en primærkontakt som følger henne opp.",
                            "Takk for tilbakemeldingen; den er gitt videre til de ansatte.")));

    static final List<Political> POLITICAL = List.of(
            new Political("Idrettsanlegg", "SUGGESTION", "Kommunen bør bygge ny svømmehall i stedet for å pusse opp den gamle."),
            new Political("Kultur og bibliotek", "COMPLAINT", "Det er feil å kutte i bibliotekets åpningstider."),
            new Political("Barnehage", "SUGGESTION", "Kommunen bør innføre gratis kjernetid i alle barnehagene."),
            new Political("Vei og trafikk", "COMPLAINT", "Bompengene rammer oss som bor utenfor sentrum urimelig hardt."),
            new Political("Frivillighet og møteplasser", "SUGGESTION", "Gi frivillige lag gratis leie av skolenes lokaler."),
            new Political("Helsestasjon og skolehelse", "QUESTION", "Når får skolene helsesykepleier hver dag, slik det ble lovet?"),
            new Political("NAV og sosiale tjenester", "COMPLAINT", "Satsene for sosialhjelp i kommunen er for lave."),
            new Political("Parker og friområder", "COMPLAINT", "Strandsonen må ikke bygges ut med hytter."));

    static final List<String> POLITICAL_ANSWERS = List.of(
            "Ordføreren tar saken opp i formannskapet.",
            "Saken er sendt til gruppelederne i kommunestyret.",
            "Innspillet tas med i arbeidet med budsjettet for neste år.",
            "Ordføreren har svart i brev og invitert til et møte.",
            "Saken behandles i hovedutvalget neste måned; innmelderen er orientert om møtet.");

    static final List<External> EXTERNAL = List.of(
            new External("Vei og trafikk", "COMPLAINT", "Fylkesveien forbi {sted} har dype hjulspor.",
                    "Henvist til fylkeskommunen, som har ansvaret for fylkesveiene."),
            new External("Vei og trafikk", "COMPLAINT", "Bussen kommer ofte for sent {sted}.",
                    "Henvist til det fylkeskommunale kollektivselskapet."),
            new External("Gatelys", "QUESTION", "Når blir lysene langs riksveien {sted} reparert?",
                    "Henvist til Statens vegvesen, som har ansvaret for riksveiene."),
            new External("Vei og trafikk", "SUGGESTION", "Det trengs gang- og sykkelvei langs fylkesveien {sted}.",
                    "Henvist til fylkeskommunen, som planlegger gang- og sykkelveier langs fylkesveiene."),
            new External("NAV og sosiale tjenester", "QUESTION", "Hvordan søker jeg om uføretrygd?",
                    "Henvist til NAVs statlige kontaktsenter og nav.no."),
            new External("Parker og friområder", "COMPLAINT", "Strømkabelen {sted} henger lavt over stien.",
                    "Henvist til nettselskapet, som eier kabelen."),
            new External("Helsestasjon og skolehelse", "QUESTION", "Hvordan bytter jeg fastlege?",
                    "Henvist til helsenorge.no, der fastlegebytte gjøres."));

    static final List<String> WRITTEN_ANSWERS_ANONYMOUS = List.of(
            "Meldingen var anonym; saken er fulgt opp uten svar til innmelderen.",
            "Anonym melding: tiltaket er gjennomført, men vi kan ikke svare innmelderen.");

    static final List<String> DISSATISFACTION_REASONS = List.of(
            "Det tar for lang tid før noe skjer.",
            "Svaret er det samme som i fjor, og ingenting har skjedd siden.",
            "Innmelderen mener tiltaket ikke løser problemet.",
            "Innmelderen synes ikke kommunen tar sikkerheten på alvor.",
            "Innmelderen fikk ikke noe konkret tidspunkt.",
            "Innmelderen mener det blir gjort for lite med for lite penger.",
            "Innmelderen har meldt det samme flere ganger uten at noe har skjedd.",
            "Innmelderen er uenig i prioriteringen.",
            "Innmelderen mener svaret skyver ansvaret over på andre.",
            "Innmelderen synes det er urimelig å vente til neste år.",
            "Innmelderen fikk ikke svar på det hen faktisk spurte om.",
            "Innmelderen mener kommunen burde ha oppdaget feilen selv.");

    static final List<String> ALTERNATIVE_PROPOSALS = List.of(
            "Midlertidig sikring til arbeidet kan gjøres.",
            "Gjør arbeidet før sommerferien i stedet for til høsten.",
            "Innmelderen ønsker å bli varslet når arbeidet starter.",
            "Sett opp et skilt om hva som skal skje, og når.",
            "Flytt pengene fra et mindre viktig prosjekt.",
            "Innmelderen foreslår at naboene får gjøre en dugnad med utstyr fra kommunen.",
            "Ta det med i budsjettet for neste år, med en fast dato.",
            "La en ansatt komme på befaring sammen med innmelderen.",
            "Innmelderen foreslår å spørre brukerrådet om prioriteringen.",
            "Ingen forslag.",
            "Innmelderen vil at saken tas opp i hovedutvalget.",
            "Bruk en annen entreprenør som kan komme raskere.");

    static final List<String> CLEAR_UP_COMMENTS = List.of(
            "Meldingene er fordelt på nytt og følges opp denne uken.",
            "Saksbehandler har vært syk; lederen ringer innmelderne innen fredag.",
            "Innmelderne er forsøkt ringt; kontaktkort sendes der vi ikke når fram.",
            "Venter på svar fra entreprenøren; innmelderne får svar neste uke.",
            "Høy pågang etter uværet; vi tar de eldste meldingene først.");

    static final List<String> INSTRUCTIONS = List.of(
            "Meldingene skal besvares innen fredag. Lederen rapporterer til meg når det er gjort.",
            "Enheten setter av en dag denne uken bare til restansene.",
            "Lederen fordeler meldingene på flere saksbehandlere og gir meg beskjed innen onsdag.",
            "Alle innmeldere skal ringes innen tre dager; kontaktkort sendes til dem som ikke svarer.",
            "Restansene tas opp på ledermøtet mandag. Enheten legger fram en plan.");

    static final List<String> FIRST_NAMES = List.of("Nina", "Ola", "Kari", "Per", "Ingrid", "Lars", "Marit",
            "Jon", "Silje", "Anders", "Hilde", "Erik", "Tone", "Bjørn", "Liv", "Knut", "Solveig", "Tor", "Anne",
            "Geir", "Ragnhild", "Svein", "Eva", "Arne", "Mona", "Håkon", "Sigrun", "Even", "Berit", "Jonas");

    // Surnames that no one has, so that the demo's people are plainly made up.
    static final List<String> SURNAMES = List.of("Eksempelsen", "Prøvesen", "Demosen", "Fiktivsen", "Testrud",
            "Oppdiktet", "Tenkesen", "Eksempeldal", "Prøvestad", "Demoli");

    static final List<String> STREETS = List.of("Eksempelveien", "Prøvegata", "Demostien", "Fiktivveien",
            "Testrudbakken", "Oppdiktetgata");

    private DemoTexts() {
    }

    static <T> T pick(List<T> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }

    static String withPlace(String text, Random random) {
        return text.replace("{sted}", pick(PLACES, random));
    }
}
