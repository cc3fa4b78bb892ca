<#-- Gemeinsame Textbausteine der deutschen Schreiben. Jedes ${...} muss gefüllt sein, sonst wird das Schreiben nicht versandt. -->
<#assign rightNames = {
  "ACCESS": "Auskunft über Ihre personenbezogenen Daten (Art. 15 DSGVO)",
  "RECTIFICATION": "Berichtigung Ihrer personenbezogenen Daten (Art. 16 DSGVO)",
  "ERASURE": "Löschung Ihrer personenbezogenen Daten (Art. 17 DSGVO)",
  "RESTRICTION": "Einschränkung der Verarbeitung Ihrer personenbezogenen Daten (Art. 18 DSGVO)",
  "PORTABILITY": "Übertragung Ihrer Daten an ein anderes Unternehmen (Art. 20 DSGVO)",
  "OBJECTION": "Widerspruch gegen die Verarbeitung Ihrer personenbezogenen Daten (Art. 21 DSGVO)",
  "CONSENT_WITHDRAWAL": "Widerruf Ihrer Einwilligung (Art. 7 Abs. 3 DSGVO)",
  "AUTOMATED_DECISION": "Überprüfung einer ausschließlich automatisierten Entscheidung (Art. 22 DSGVO)",
  "QUESTION": "Ihre Frage dazu, wie wir Ihre personenbezogenen Daten verwenden"
}>
<#assign reasonTexts = {
  "IDENTITY_NOT_ESTABLISHED": "Wir konnten nicht bestätigen, dass Sie die Person sind, auf die sich die Daten beziehen. Wir dürfen personenbezogene Daten erst herausgeben oder ändern, wenn wir uns dessen sicher sind – damit niemand anderes Ihre Daten erhält oder verändert (Art. 11 Abs. 2 und Art. 12 Abs. 6 DSGVO).",
  "MANIFESTLY_UNFOUNDED": "Der Antrag ist offenkundig unbegründet: Er betrifft kein Recht, das Ihnen das Datenschutzrecht in Bezug auf Ihre bei uns gespeicherten Daten gibt (Art. 12 Abs. 5 DSGVO).",
  "EXCESSIVE": "Der Antrag ist exzessiv, insbesondere weil er Anträge wiederholt, die wir erst kürzlich beantwortet haben (Art. 12 Abs. 5 DSGVO).",
  "LEGAL_RETENTION_DUTY": "Das Gesetz verpflichtet uns, bestimmte Daten für eine feste Frist aufzubewahren, zum Beispiel Rechnungen für steuerliche und handelsrechtliche Zwecke. Wir bewahren diese Daten nur zu diesem Zweck auf und löschen sie, sobald die Frist abgelaufen ist (Art. 17 Abs. 3 lit. b DSGVO).",
  "LEGAL_CLAIMS": "Wir benötigen bestimmte Daten zur Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen, zum Beispiel in einer noch offenen Streitigkeit (Art. 17 Abs. 3 lit. e DSGVO).",
  "RIGHTS_OF_OTHERS": "Ein Teil der Informationen würde personenbezogene Daten anderer Personen offenlegen oder deren Rechte auf andere Weise beeinträchtigen; deshalb dürfen wir ihn nicht herausgeben (Art. 15 Abs. 4 DSGVO).",
  "NO_DATA_HELD": "Wir haben alle unsere Systeme durchsucht und verarbeiten keine personenbezogenen Daten über Sie (Art. 15 Abs. 1 DSGVO).",
  "COMPLEX_REQUEST": "Ihr Antrag ist komplex, und wir brauchen mehr Zeit, um ihn vollständig und richtig zu beantworten (Art. 12 Abs. 3 DSGVO).",
  "NUMBER_OF_REQUESTS": "Wir haben ungewöhnlich viele Anträge erhalten und brauchen mehr Zeit, um Ihren Antrag sorgfältig zu bearbeiten (Art. 12 Abs. 3 DSGVO)."
}>

<#macro greeting>
Guten Tag ${requesterName},
</#macro>

<#macro rightList>
<#list rights as r>
- ${rightNames[r]}
</#list>
</#macro>

<#macro explainReasons>
<#list reasons as r>
<#if r != "OTHER">
- ${reasonTexts[r]}
</#if>
</#list>
<#if reasonDetails??>

${reasonDetails}
</#if>
</#macro>

<#macro authority>
  ${controller.supervisoryAuthority.name}
  ${controller.supervisoryAuthority.address}
  ${controller.supervisoryAuthority.website}
</#macro>

<#-- Art. 12 Abs. 4: immer, wenn wir nicht (alles) tun, worum gebeten wurde, und wenn der Kunde unzufrieden bleibt. -->
<#macro remedies>
Ihre Rechte, wenn Sie mit unserer Antwort nicht einverstanden sind (Art. 12 Abs. 4 DSGVO):
- Sie haben das Recht, sich bei der Aufsichtsbehörde zu beschweren (Art. 77 DSGVO):
<@authority/>
- Sie haben das Recht auf einen wirksamen gerichtlichen Rechtsbehelf (Art. 79 DSGVO). Sie können vor den Gerichten des Landes klagen, in dem wir niedergelassen sind, oder des Landes, in dem Sie wohnen.
Sie können sich auch zuerst an uns wenden: ${controller.dataProtectionContact}. Wir prüfen Ihren Fall dann noch einmal.
</#macro>

<#macro yourRights>
Ihre Rechte: Sie können von uns verlangen, unrichtige Daten zu berichtigen (Art. 16 DSGVO), Ihre Daten zu löschen (Art. 17 DSGVO) und ihre Verarbeitung einzuschränken (Art. 18 DSGVO). Sie können einer Verarbeitung widersprechen, die auf unseren berechtigten Interessen beruht oder der Direktwerbung dient (Art. 21 DSGVO). Soweit wir Ihre Daten mit Ihrer Einwilligung verarbeiten, können Sie diese jederzeit widerrufen (Art. 7 Abs. 3 DSGVO). Außerdem haben Sie das Recht, sich bei der Aufsichtsbehörde zu beschweren: ${controller.supervisoryAuthority.name}, ${controller.supervisoryAuthority.address}, ${controller.supervisoryAuthority.website} (Art. 77 DSGVO).
</#macro>

<#macro dataValues>
<#list dataFound as item>
<#if item.rows gt 0>
${item.category} (Einträge: ${item.rows})
<#list item.values as row>
  - <#list row as field, value>${field}: ${value}<#sep>; </#sep></#list>
</#list>
</#if>
</#list>
</#macro>

<#macro processing>
<#list processingInfo as a>
${a?counter}. Zweck: ${a.purpose}
   Rechtsgrundlage: ${a.legalBasis}
   Datenkategorien: ${a.dataCategories?join(", ")}
   Empfänger: <#if a.recipients?has_content>${a.recipients?join(", ")}<#else>niemand außerhalb unseres Unternehmens</#if>
   Speicherdauer: ${a.retention}
   Herkunft der Daten: ${a.source}
</#list>
</#macro>

<#macro art19Recipients>
<#if recipientsNotified?has_content>
Wir haben alle informiert, denen wir die betroffenen Daten offengelegt hatten (Art. 19 DSGVO):
<#list recipientsNotified as recipient>
- ${recipient}
</#list>
<#else>
Wir hatten die betroffenen Daten niemandem offengelegt; es war daher niemand zu informieren (Art. 19 DSGVO).
</#if>
</#macro>

<#-- Was wir für ein beantragtes Recht getan haben (Antwort und teilweise Ablehnung). -->
<#macro outcome right>
<#switch right>
<#case "ACCESS">
<#if dataFound?filter(i -> i.rows gt 0)?has_content>
Wir bestätigen, dass wir personenbezogene Daten über Sie verarbeiten. Diese Daten haben wir über Sie gespeichert (die Kopie ist kostenlos, Art. 15 Abs. 3 DSGVO):

<@dataValues/>

Wozu und wie wir sie verwenden (Art. 15 Abs. 1 DSGVO):
<@processing/>

<@yourRights/>
<#else>
Wir haben alle unsere Systeme durchsucht und verarbeiten keine personenbezogenen Daten über Sie (Art. 15 Abs. 1 DSGVO).
</#if>
<#break>
<#case "RECTIFICATION">
<#if correctionsApplied?has_content>
Wir haben folgende Daten berichtigt: ${correctionsApplied?join(", ")}.
<#else>
Wir haben keine Daten berichtigt (siehe unten).
</#if>
<@art19Recipients/>
<#break>
<#case "ERASURE">
<#if erased?filter(i -> i.rows gt 0)?has_content>
Wir haben folgende personenbezogene Daten über Sie gelöscht:
<#list erased?filter(i -> i.rows gt 0) as item>
- ${item.category} (Einträge: ${item.rows})
</#list>
<#else>
Wir haben keine Daten gelöscht (siehe unten).
</#if>
<@art19Recipients/>
<#break>
<#case "RESTRICTION">
Wir haben die Verarbeitung Ihrer personenbezogenen Daten eingeschränkt: Ab jetzt speichern wir sie nur noch. Anders verwenden wir sie nur mit Ihrer Einwilligung, für Rechtsansprüche, zum Schutz der Rechte einer anderen Person oder aus einem wichtigen öffentlichen Interesse (Art. 18 Abs. 2 DSGVO). Bevor wir die Einschränkung aufheben, informieren wir Sie (Art. 18 Abs. 3 DSGVO).
<@art19Recipients/>
<#break>
<#case "PORTABILITY">
Ihre Daten finden Sie im Anhang dieser Nachricht in einem strukturierten, gängigen und maschinenlesbaren Format. Sie können sie an ein anderes Unternehmen weitergeben (Art. 20 DSGVO).
<#break>
<#case "OBJECTION">
Wir verwenden Ihre personenbezogenen Daten nicht mehr für die Zwecke, denen Sie widersprochen haben (Art. 21 DSGVO).
<#break>
<#case "CONSENT_WITHDRAWAL">
Wir haben den Widerruf Ihrer Einwilligung vermerkt und verarbeiten Ihre Daten nicht mehr auf dieser Grundlage. Der Widerruf berührt nicht die Rechtmäßigkeit der Verarbeitung bis zum Widerruf (Art. 7 Abs. 3 DSGVO).
<#break>
<#case "AUTOMATED_DECISION">
Eine Person aus unserem Team hat die Entscheidung überprüft. Sie können uns jederzeit Ihren Standpunkt darlegen und die Entscheidung anfechten (Art. 22 Abs. 3 DSGVO).
<#break>
<#case "QUESTION">
${explanation}
<#break>
</#switch>
</#macro>

<#-- Die Dateien einer per E-Mail versandten Antwort, auch als Download-Links; nur wenn der Brief sie enthält. -->
<#macro downloads>
<#if downloadLinks?has_content>

Ihre Daten zum Herunterladen
Die Dateien sind dieser E-Mail beigefügt. Sie können sie außerdem bis einschließlich ${downloadLinksValidUntil} über diese Links herunterladen:
<#list downloadLinks as link>
- ${link.file}: ${link.url}
</#list>
Wer diese Links hat, kann die Dateien öffnen; bitte leiten Sie sie daher nicht weiter. Nach diesem Datum funktionieren die Links nicht mehr; antworten Sie auf diese E-Mail, wenn Sie Ihre Daten erneut benötigen.
</#if>
</#macro>

<#macro outcomes>
<#list rights as r>

${rightNames[r]?cap_first}
<@outcome r/>
</#list>
<#if explanation?? && !rights?seq_contains("QUESTION")>

${explanation}
</#if>
<@downloads/>
</#macro>

<#macro signature>
Mit freundlichen Grüßen

<#if signedBy??>
${signedBy}
</#if>
Datenschutz-Team, ${controller.companyName}
${controller.address}
Kontakt für Datenschutzfragen: ${controller.dataProtectionContact}
<#if controller.dpoName??>
Datenschutzbeauftragte/r: ${controller.dpoName}
</#if>
Datenschutzerklärung: ${controller.privacyPolicyUrl}

Bitte geben Sie bei jeder Antwort die Vorgangsnummer ${caseNumber} an.
</#macro>
