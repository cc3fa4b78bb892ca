package com.privacydesk.packages;

import com.privacydesk.request.Language;
import java.util.Map;

/** The headings of the readable access package, and the portability package's description, in the customer's language. */
final class PackageLabels {

    private static final Map<Language, Map<String, String>> LABELS = Map.of(
            Language.en, Map.ofEntries(
                    Map.entry("title", "Your personal data"),
                    Map.entry("intro", "This is a copy of the personal data we hold about you (GDPR Art. 15), grouped by why we process it."),
                    Map.entry("case", "Case"), Map.entry("prepared", "Prepared"),
                    Map.entry("purpose", "Purpose"), Map.entry("legalBasis", "Legal basis"),
                    Map.entry("categories", "Categories of data"), Map.entry("recipients", "Recipients"),
                    Map.entry("retention", "How long we keep it"), Map.entry("source", "Where the data comes from"),
                    Map.entry("none", "none"), Map.entry("noData", "We hold no personal data about you."),
                    Map.entry("manual", "Other places we searched by hand"),
                    Map.entry("withheld", "Data not included in this copy (our answer letter explains why)"),
                    Map.entry("FOUND", "data found and handled as you asked"), Map.entry("NOT_FOUND", "nothing found"),
                    Map.entry("portability", "Personal data you provided to us under your consent or our contract (GDPR Art. 20)")),
            Language.pl, Map.ofEntries(
                    Map.entry("title", "Pani/Pana dane osobowe"),
                    Map.entry("intro", "To jest kopia danych osobowych, które o Pani/Panu przetwarzamy (art. 15 RODO), pogrupowana według celu przetwarzania."),
                    Map.entry("case", "Sprawa"), Map.entry("prepared", "Przygotowano"),
                    Map.entry("purpose", "Cel"), Map.entry("legalBasis", "Podstawa prawna"),
                    Map.entry("categories", "Kategorie danych"), Map.entry("recipients", "Odbiorcy"),
                    Map.entry("retention", "Jak długo przechowujemy dane"), Map.entry("source", "Źródło danych"),
                    Map.entry("none", "brak"), Map.entry("noData", "Nie przetwarzamy Pani/Pana danych osobowych."),
                    Map.entry("manual", "Inne miejsca przeszukane ręcznie"),
                    Map.entry("withheld", "Dane nieujęte w tej kopii (powody wyjaśniamy w naszej odpowiedzi)"),
                    Map.entry("FOUND", "znaleziono dane i postąpiono zgodnie z żądaniem"), Map.entry("NOT_FOUND", "nic nie znaleziono"),
                    Map.entry("portability", "Dane osobowe przekazane nam przez Panią/Pana na podstawie zgody lub umowy (art. 20 RODO)")),
            Language.de, Map.ofEntries(
                    Map.entry("title", "Ihre personenbezogenen Daten"),
                    Map.entry("intro", "Dies ist eine Kopie der personenbezogenen Daten, die wir über Sie verarbeiten (Art. 15 DSGVO), nach Verarbeitungszweck geordnet."),
                    Map.entry("case", "Vorgangsnummer"), Map.entry("prepared", "Erstellt"),
                    Map.entry("purpose", "Zweck"), Map.entry("legalBasis", "Rechtsgrundlage"),
                    Map.entry("categories", "Datenkategorien"), Map.entry("recipients", "Empfänger"),
                    Map.entry("retention", "Speicherdauer"), Map.entry("source", "Herkunft der Daten"),
                    Map.entry("none", "keine"), Map.entry("noData", "Wir verarbeiten keine personenbezogenen Daten über Sie."),
                    Map.entry("manual", "Weitere von Hand durchsuchte Stellen"),
                    Map.entry("withheld", "Nicht in dieser Kopie enthaltene Daten (die Gründe nennt unser Antwortschreiben)"),
                    Map.entry("FOUND", "Daten gefunden und wie gewünscht behandelt"), Map.entry("NOT_FOUND", "nichts gefunden"),
                    Map.entry("portability", "Personenbezogene Daten, die Sie uns aufgrund Ihrer Einwilligung oder unseres Vertrags bereitgestellt haben (Art. 20 DSGVO)")),
            Language.nl, Map.ofEntries(
                    Map.entry("title", "Uw persoonsgegevens"),
                    Map.entry("intro", "Dit is een kopie van de persoonsgegevens die wij over u verwerken (art. 15 AVG), gegroepeerd naar doel van de verwerking."),
                    Map.entry("case", "Zaak"), Map.entry("prepared", "Opgesteld"),
                    Map.entry("purpose", "Doel"), Map.entry("legalBasis", "Rechtsgrond"),
                    Map.entry("categories", "Categorieën van gegevens"), Map.entry("recipients", "Ontvangers"),
                    Map.entry("retention", "Bewaartermijn"), Map.entry("source", "Herkomst van de gegevens"),
                    Map.entry("none", "geen"), Map.entry("noData", "Wij verwerken geen persoonsgegevens over u."),
                    Map.entry("manual", "Andere plaatsen die wij met de hand hebben doorzocht"),
                    Map.entry("withheld", "Gegevens die niet in deze kopie staan (onze antwoordbrief legt uit waarom)"),
                    Map.entry("FOUND", "gegevens gevonden en behandeld zoals gevraagd"), Map.entry("NOT_FOUND", "niets gevonden"),
                    Map.entry("portability", "Persoonsgegevens die u ons op basis van uw toestemming of onze overeenkomst hebt verstrekt (art. 20 AVG)")),
            Language.fr, Map.ofEntries(
                    Map.entry("title", "Vos données à caractère personnel"),
                    Map.entry("intro", "Voici une copie des données à caractère personnel que nous traitons à votre sujet (article 15 du RGPD), classées selon la finalité du traitement."),
                    Map.entry("case", "Dossier"), Map.entry("prepared", "Établi le"),
                    Map.entry("purpose", "Finalité"), Map.entry("legalBasis", "Base juridique"),
                    Map.entry("categories", "Catégories de données"), Map.entry("recipients", "Destinataires"),
                    Map.entry("retention", "Durée de conservation"), Map.entry("source", "Origine des données"),
                    Map.entry("none", "aucun"), Map.entry("noData", "Nous ne traitons aucune donnée à caractère personnel vous concernant."),
                    Map.entry("manual", "Autres endroits où nous avons effectué des recherches manuelles"),
                    Map.entry("withheld", "Données non reprises dans cette copie (notre lettre de réponse en explique les raisons)"),
                    Map.entry("FOUND", "données trouvées et traitées conformément à votre demande"), Map.entry("NOT_FOUND", "aucune donnée trouvée"),
                    Map.entry("portability", "Données à caractère personnel que vous nous avez fournies sur la base de votre consentement ou de notre contrat (article 20 du RGPD)")));

    private PackageLabels() {
    }

    static Map<String, String> of(Language language) {
        return LABELS.get(language);
    }
}
