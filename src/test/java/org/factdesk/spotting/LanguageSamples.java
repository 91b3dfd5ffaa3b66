package org.factdesk.spotting;

/** Short news-like paragraphs written for these tests; every place, person and figure is made up. */
public final class LanguageSamples {

    public static final String SPANISH = "El Ayuntamiento de Valdemora aprobó ayer un presupuesto de 48 millones de "
            + "euros para el próximo año, un 12 % más que en 2024. La alcaldesa, Lucía Ferrán, aseguró que «la mitad "
            + "del aumento irá a las escuelas del barrio norte». La oposición criticó que el plan llega tarde y pidió "
            + "una auditoría independiente de las cuentas municipales.";

    public static final String FRENCH = "Le conseil régional a voté mardi une hausse de 8 % du budget consacré aux "
            + "transports scolaires. Selon le président de la commission, les nouvelles lignes de bus desserviront une "
            + "quarantaine de villages d'ici la rentrée prochaine, ce que les maires attendaient depuis longtemps.";

    public static final String PORTUGUESE = "A câmara municipal anunciou na segunda-feira que o número de passageiros "
            + "nos autocarros da cidade aumentou 15 % no último ano. O vereador responsável disse que a empresa vai "
            + "comprar trinta veículos elétricos até ao fim de 2026 e que as tarifas não vão subir.";

    /** Four sentences: a figure, an attributed promise, a question ending in the Arabic question mark, a reply. */
    public static final String ARABIC = "أعلنت وزارة الصحة في مدينة الواحة أن عدد المرضى في قوائم الانتظار ارتفع إلى "
            + "١٢ ألفا خلال شهر مايو. وقال المتحدث باسم الوزارة إن الحكومة ستفتح ثلاث عيادات جديدة قبل نهاية العام. "
            + "هل تكفي هذه الخطوة؟ يرى الأطباء أن المشكلة أعمق من ذلك بكثير.";

    public static final String ENGLISH = "The city council approved a budget of 48 million pounds for next year, "
            + "twelve percent more than last year. The mayor said half of the increase would go to schools in the "
            + "northern district, while the opposition called for an independent audit of the accounts.";

    private LanguageSamples() {
    }
}
