package no.medvirk.demo;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What the demo year's citizens write and the municipality answers, in plausible Norwegian. Places
 * and people are made up; {@code {sted}} is filled with a made-up place.
 */
final class DemoTexts {

    /** What a citizen writes and what the unit answers to it. */
    record Said(String text, String answer) {
    }

    /** What citizens write about one subject area, by kind. */
    record AreaTexts(List<Said> questions, List<Said> suggestions, List<Said> complaints, List<Said> praise) {

        List<Said> of(String kind) {
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

    private static final String THANKS = "Takk for tilbakemeldingen; den er gitt videre til de ansatte.";

    static final Map<String, AreaTexts> AREAS = Map.of(
            "Vei og trafikk", new AreaTexts(
                    List.of(s("Når blir hullene i asfalten {sted} fylt igjen?",
                                    "Vi har meldt hullene til driftslaget, som fyller dem i løpet av to uker."),
                            s("Hvem har ansvaret for skiltet som har falt ned {sted}?",
                                    "Skiltet er kommunens; driftslaget setter det opp igjen denne uken."),
                            s("Kan kommunen sette opp fartsdumper {sted}? Bilene kjører altfor fort.",
                                    "Vi måler farten på stedet i to uker og vurderer fartsdumper etter det."),
                            s("Når skal veien {sted} asfalteres? Det ble lovet i fjor.",
                                    "Veien står på asfaltplanen for neste sommer; inntil da lapper vi de verste hullene."),
                            s("Hvorfor er fortauet {sted} stengt, og hvor lenge varer arbeidet?",
                                    "Det legges ny vannledning; fortauet åpner igjen om tre uker.")),
                    List.of(s("Jeg foreslår et nytt fotgjengerfelt {sted}; mange barn krysser der på vei til skolen.",
                                    "Forslaget tas med i trafikksikkerhetsplanen, som politikerne behandler i høst."),
                            s("Sett ned fartsgrensen til 30 km/t {sted}.",
                                    "Vi har sendt forslaget til politiet, som bestemmer fartsgrensen, med vår anbefaling."),
                            s("Det trengs et speil i den uoversiktlige svingen {sted}.",
                                    "Vi har vært på befaring og setter opp et trafikkspeil i løpet av måneden."),
                            s("Forslag: enveiskjøring {sted} i skoletiden.",
                                    "Forslaget drøftes med skolen og FAU før vi tar stilling til det.")),
                    List.of(s("Det er et stort hull i veien {sted}. Jeg fikk skade på felgen i går.",
                                    "Hullet er fylt. Krav om erstatning for felgen kan sendes kommunen skriftlig."),
                            s("Kumlokket {sted} ligger løst og smeller hver gang en bil kjører over.",
                                    "Kumlokket er festet."),
                            s("Veiarbeidet {sted} har stått stille i tre uker uten skilting.",
                                    "Vi har bedt entreprenøren skilte arbeidet; det fortsetter neste uke."),
                            s("Det står vann over hele veien {sted} hver gang det regner.",
                                    "Sluket var tett og er spylt; vi følger med ved neste kraftige regn."),
                            s("Busker og trær dekker sikten i krysset {sted}.",
                                    "Eieren av tomten har fått pålegg om å klippe hekken innen to uker.")),
                    List.of(s("Takk for rask reparasjon av veien {sted}!", THANKS),
                            s("Det nye fotgjengerfeltet {sted} har gjort skoleveien mye tryggere. Takk!", THANKS),
                            s("Flott at hullene {sted} ble fylt så raskt etter at jeg meldte fra.", THANKS))),
            "Brøyting og strøing", new AreaTexts(
                    List.of(s("Når blir veien {sted} brøytet? Vi kommer oss ikke ut.",
                                    "Brøyteroden har fått beskjed, og veien brøytes i løpet av dagen."),
                            s("Hvem skal strø fortauet {sted}?",
                                    "Fortauet er kommunens; vi strør det i dag og følger med på føret framover."),
                            s("Hvorfor brøytes gang- og sykkelveien {sted} så sent på morgenen?",
                                    "Vi har endret rekkefølgen i brøyteroden, slik at gang- og sykkelveien tas tidligere.")),
                    List.of(s("Brøyt fortauet {sted} før skolestart; barna går i veibanen.",
                                    "Fortauet tas nå før klokka 07.30 på skoledager."),
                            s("Sett ut en strøkasse {sted}, der bakken er bratt.",
                                    "Strøkassen er satt ut."),
                            s("Brøytebilen bør ta bussholdeplassen {sted} først.",
                                    "Bussholdeplassen er lagt først i brøyteroden.")),
                    List.of(s("Brøytebilen har lagt en stor brøytekant foran innkjøringen min {sted}.",
                                    "Brøyteroden tar bort kanten i dag og prøver å unngå den framover."),
                            s("Fortauet {sted} har vært speilblankt i tre dager uten strøing.",
                                    "Fortauet er strødd, og det strøs igjen ved neste frost."),
                            s("Brøytebilen har ødelagt gjerdet mitt {sted}.",
                                    "Entreprenøren erstatter skaden på gjerdet; de tar kontakt for å avtale tidspunkt."),
                            s("Veien {sted} ble ikke brøytet i hele helgen.",
                                    "Brøytebilen sto med motorstopp i helgen; vi har nå en reservebil klar.")),
                    List.of(s("Takk til brøytemannskapet for god innsats i natt {sted}!", THANKS),
                            s("Fortauet {sted} blir alltid strødd tidlig. Tusen takk!", THANKS))),
            "Gatelys", new AreaTexts(
                    List.of(s("Når blir gatelyset {sted} reparert?",
                                    "Feilen er meldt til el-entreprenøren, som reparerer lyset innen to uker."),
                            s("Hvem har ansvaret for lysene langs turveien {sted}?",
                                    "Lysene er kommunens; de som er mørke, repareres denne måneden."),
                            s("Hvorfor står gatelyset {sted} på midt på dagen?",
                                    "Det var en feil i styringsskapet; den er rettet.")),
                    List.of(s("Sett opp lys på gangveien {sted}; det er bekmørkt om vinteren.",
                                    "Gangveien ligger inne i planen for nytt lys neste år."),
                            s("Bytt til LED-lys {sted} for å spare strøm.",
                                    "Alle gatelys byttes til LED innen tre år; denne gaten kommer neste år.")),
                    List.of(s("Tre lyktestolper {sted} har vært mørke i over en måned.",
                                    "Lysene er reparert; det var en feil i kabelen."),
                            s("Lyktestolpen {sted} blinker hele natten og lyser inn i soverommet.",
                                    "Lyspæren er byttet, og lampen har fått skjerm."),
                            s("Det er helt mørkt ved bussholdeplassen {sted}; det føles utrygt.",
                                    "Det settes opp en ny lyktestolp ved holdeplassen i løpet av måneden.")),
                    List.of(s("Takk for at lysene {sted} ble reparert så raskt!", THANKS),
                            s("Det nye lyset på turveien {sted} er flott.", THANKS))),
            "Parker og friområder", new AreaTexts(
                    List.of(s("Når blir gresset i parken {sted} klipt?",
                                    "Parken klippes hver andre uke; neste gang er på mandag."),
                            s("Hvem tømmer søppelbøttene {sted}?",
                                    "Parkvesenet tømmer dem; i sommer tømmes de oftere, og vi setter opp en større bøtte."),
                            s("Kan vi som nabolag få plante blomster i bedet {sted}?",
                                    "Ja, gjerne. Parkvesenet gir dere jord og planter; ta kontakt for å avtale.")),
                    List.of(s("Sett opp flere benker langs stien {sted}.",
                                    "To nye benker settes opp i vår."),
                            s("Lekeplassen {sted} trenger en huske for små barn.",
                                    "Forslaget er tatt med i planen for lekeplassene neste år."),
                            s("Forslag: hundeposestativ og søppelbøtte {sted}.",
                                    "Stativ og bøtte er satt opp.")),
                    List.of(s("Søppelbøttene {sted} er overfylte og måkene sprer søppel overalt.",
                                    "Vi tømmer søppelbøttene oftere og bytter til bøtter med lokk."),
                            s("Lekeplassen {sted} har ødelagte apparater med skarpe kanter.",
                                    "Apparatet er sperret av og blir byttet i løpet av måneden."),
                            s("Det ligger glasskår i sandkassen {sted}.",
                                    "Sandkassen er ryddet og sanden byttet."),
                            s("Stien {sted} er gjengrodd og nesten ikke framkommelig.",
                                    "Parkvesenet rydder stien i løpet av to uker.")),
                    List.of(s("Parken {sted} er så fin i år. Takk til parkvesenet!", THANKS),
                            s("Den nye lekeplassen {sted} er et samlingssted for hele nabolaget. Takk!", THANKS),
                            s("Takk for at stien {sted} ble ryddet.", THANKS))),
            "Idrettsanlegg", new AreaTexts(
                    List.of(s("Når åpner kunstgressbanen {sted} etter vinteren?",
                                    "Banen åpner 1. april, når isen er borte."),
                            s("Hvordan søker et lag om treningstid i hallen {sted}?",
                                    "Søknad om treningstid sendes idrettsrådet innen 1. mai."),
                            s("Hvorfor er garderobene {sted} stengt i helgene?",
                                    "Garderobene holdes nå åpne når det er kamper i helgene.")),
                    List.of(s("Lysløypa {sted} bør være tent til klokka 22.",
                                    "Lyset står nå på til klokka 22 i hele vinter."),
                            s("Bygg en ballbinge {sted}; ungdommene har ingenting å gjøre.",
                                    "Forslaget er gitt videre til idrettsrådet, som prioriterer nye anlegg."),
                            s("Forslag: utendørs treningsapparater {sted}.",
                                    "Forslaget er tatt med i søknaden om spillemidler neste år.")),
                    List.of(s("Garderobene {sted} er skitne og dusjene er kalde.",
                                    "Vaktmesteren har reparert varmtvannsberederen, og renholdet er økt."),
                            s("Lysløypa {sted} har ikke vært preparert på to uker.",
                                    "Løypa prepareres igjen så snart det er nok snø."),
                            s("Kunstgresset {sted} er slitt og gir skader.",
                                    "Kunstgresset skiftes neste sommer; de verste stedene lappes nå.")),
                    List.of(s("Takk for flott preparert lysløype {sted}!", THANKS),
                            s("Den nye hallen {sted} er fantastisk. Takk!", THANKS))),
            "Barnehage", new AreaTexts(
                    List.of(s("Når får vi svar på søknaden om barnehageplass?",
                                    "Søknaden er behandlet, og svaret er sendt i posten denne uken."),
                            s("Hvordan søker vi om redusert foreldrebetaling?",
                                    "Søknaden sendes på kommunens nettside; vi har sendt lenken på e-post."),
                            s("Kan vi bytte barnehage midt i året?",
                                    "Ja, dere kan søke om overflytting; svar kommer innen fire uker."),
                            s("Hvorfor stenger barnehagen {sted} klokka 16?",
                                    "Åpningstidene vurderes av barnehagene samlet før nytt barnehageår.")),
                    List.of(s("Barnehagen {sted} bør åpne klokka 06.45 for foreldre som pendler.",
                                    "Åpningstidene vurderes av barnehagene samlet før nytt barnehageår."),
                            s("Forslag: felles foreldremøte for alle barnehagene om overgangen til skolen.",
                                    "Et felles møte holdes i april; invitasjon kommer.")),
                    List.of(s("Det er for få voksne på avdelingen i barnehagen {sted}.",
                                    "Styreren tar opp bemanningen med foreldrerådet på neste møte."),
                            s("Porten på uteområdet i barnehagen {sted} lukker seg ikke.",
                                    "Porten er reparert."),
                            s("Vi fikk beskjed om stengt barnehage samme morgen.",
                                    "Barnehagen varsler nå stengning på SMS dagen før når det er mulig.")),
                    List.of(s("De ansatte i barnehagen {sted} gjør en fantastisk jobb. Takk!", THANKS),
                            s("Takk for god oppfølging av sønnen vår i tilvenningen.", THANKS))),
            "Hjemmetjenester", new AreaTexts(
                    List.of(s("Hvordan søker min mor om hjemmehjelp?",
                                    "Vi har sendt søknadsskjemaet, og en saksbehandler kommer på hjemmebesøk."),
                            s("Hvorfor kommer hjemmesykepleien på forskjellige tider hver dag?",
                                    "Vi har gått gjennom besøksplanen og gitt far faste tider."),
                            s("Kan vi få et fast kontaktpunkt i hjemmetjenesten?",
                                    "Mor får en primærkontakt som følger henne opp.")),
                    List.of(s("Det bør være færre forskjellige ansatte hos hver bruker.",
                                    "Vi organiserer nå arbeidet i mindre team, slik at færre ansatte går hos hver."),
                            s("Forslag: en telefon der pårørende kan nå hjemmetjenesten på kveldstid.",
                                    "Pårørendetelefonen er nå åpen til klokka 21.")),
                    List.of(s("Hjemmesykepleien kom ikke til avtalt tid, og far ble sittende uten medisiner.",
                                    "Vi beklager. Besøket er flyttet fram i planen, og medisinene gis nå til fast tid."),
                            s("Det kommer nye ansatte hver gang; mor blir utrygg.",
                                    "Mor får en primærkontakt og et fast team."),
                            s("Vi har ventet i fem uker på svar på søknaden om trygghetsalarm.",
                                    "Søknaden er behandlet, og alarmen monteres neste uke.")),
                    List.of(s("Takk til hjemmesykepleien for omsorgsfull hjelp til far.", THANKS),
                            s("De ansatte i hjemmetjenesten er alltid blide og hjelpsomme. Takk!", THANKS))));

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

    private static Said s(String text, String answer) {
        return new Said(text, answer);
    }

    static <T> T pick(List<T> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }

    static String withPlace(String text, Random random) {
        return text.replace("{sted}", pick(PLACES, random));
    }
}
