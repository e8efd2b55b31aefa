package no.medvirk.organisation;

/** The Camunda group ids Medvirk's models use as candidate groups. */
public final class OrganisationGroups {

    /** Camunda's own administrator group: Cockpit, Admin and every resource. */
    public static final String ADMINISTRATORS = "camunda-admin";
    /** Every person of the organisation: gives Tasklist access and the shared filters. */
    public static final String ALL_USERS = "medvirk-users";
    public static final String SERVICE_CENTRE = "service-centre";
    public static final String MAYOR = "mayor";
    public static final String CHIEF_EXECUTIVE = "chief-executive";
    public static final String COMMITTEE_SECRETARIAT = "committee-secretariat";
    public static final String POLITICIANS = "politicians";

    private OrganisationGroups() {
    }

    public static String unit(String unitCode) {
        return "unit-" + unitCode;
    }

    public static String unitLeaders(String unitCode) {
        return "unit-" + unitCode + "-leaders";
    }
}
