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
  "NO_ERASURE_GROUND": "Für die betroffenen Daten liegt keiner der Gründe vor, aus denen Ihnen das Gesetz ein Recht auf Löschung gibt (Art. 17 Abs. 1 DSGVO). Ein solcher Grund liegt zum Beispiel vor, wenn wir die Daten für den Zweck, für den wir sie erhoben haben, nicht mehr benötigen oder wenn wir sie allein auf Grundlage Ihrer Einwilligung verarbeiten und Sie diese widerrufen haben.",
  "COMPELLING_LEGITIMATE_GROUNDS": "Wir haben zwingende schutzwürdige Gründe für die Verwendung der betroffenen Daten, die Ihre Interessen, Rechte und Freiheiten überwiegen (Art. 21 Abs. 1 DSGVO).",
  "DATA_ACCURATE": "Wir haben die Daten geprüft, deren Berichtigung Sie verlangt haben; sie sind richtig, sodass nichts zu berichtigen ist (Art. 16 DSGVO).",
  "RESTRICTION_CONDITIONS_NOT_MET": "Keiner der Fälle, in denen Ihnen das Gesetz ein Recht auf Einschränkung der Verarbeitung Ihrer Daten gibt, liegt vor (Art. 18 Abs. 1 DSGVO). Ein solcher Fall liegt zum Beispiel vor, solange wir prüfen, ob von Ihnen bestrittene Daten richtig sind oder ob unsere Gründe Ihren Widerspruch überwiegen.",
  "PORTABILITY_CONDITIONS_NOT_MET": "Sie können nur Daten zu einem anderen Unternehmen mitnehmen, die Sie uns selbst bereitgestellt haben und die wir automatisiert auf Grundlage Ihrer Einwilligung oder eines Vertrags mit Ihnen verarbeiten, und nur soweit dadurch die Rechte und Freiheiten anderer Personen nicht beeinträchtigt werden (Art. 20 Abs. 1 und 4 DSGVO). Diese Voraussetzungen sind hier nicht erfüllt.",
  "NATIONAL_RESTRICTION": "In Ihrem Fall schränkt ein nationales Gesetz dieses Recht ein, wie es das Datenschutzrecht zulässt (Art. 23 DSGVO).",
  "NO_DATA_HELD": "Wir haben alle unsere Systeme durchsucht und verarbeiten keine personenbezogenen Daten über Sie (Art. 15 Abs. 1 DSGVO).",
  "COMPLEX_REQUEST": "Ihr Antrag ist komplex, und wir brauchen mehr Zeit, um ihn vollständig und richtig zu beantworten (Art. 12 Abs. 3 DSGVO).",
  "NUMBER_OF_REQUESTS": "Wir haben ungewöhnlich viele Anträge erhalten und brauchen mehr Zeit, um Ihren Antrag sorgfältig zu bearbeiten (Art. 12 Abs. 3 DSGVO)."
}>

<#macro greeting>
<#if requesterName??>Guten Tag ${requesterName},<#else>Guten Tag,</#if>
</#macro>

<#-- Ein Brief, der mit der Post geht, kann nicht bitten, „auf diese E-Mail zu antworten“. -->
<#macro replyTo><#if byPost>schreiben Sie uns an ${controller.dataProtectionContact} oder per Post an die unten stehende Anschrift<#else>antworten Sie auf diese E-Mail</#if></#macro>

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
- Sie haben das Recht, sich bei einer Aufsichtsbehörde zu beschweren, insbesondere in dem EU-Mitgliedstaat Ihres gewöhnlichen Aufenthalts, Ihres Arbeitsplatzes oder des Orts des mutmaßlichen Verstoßes (Art. 77 DSGVO). Für uns zuständig ist:
<@authority/>
- <#if controller.courtRemedy??>${controller.courtRemedy}<#else>Sie haben das Recht auf einen wirksamen gerichtlichen Rechtsbehelf (Art. 79 DSGVO). Sie können vor den Gerichten des Mitgliedstaats klagen, in dem wir niedergelassen sind, oder des Mitgliedstaats, in dem Sie wohnen.</#if>
Sie können sich auch zuerst an uns wenden: ${controller.dataProtectionContact}. Wir prüfen Ihren Fall dann noch einmal.
</#macro>

<#macro yourRights>
Ihre Rechte: Sie können von uns verlangen, unrichtige Daten zu berichtigen (Art. 16 DSGVO), Ihre Daten zu löschen (Art. 17 DSGVO) und ihre Verarbeitung einzuschränken (Art. 18 DSGVO). Sie können einer Verarbeitung widersprechen, die auf unseren berechtigten Interessen beruht oder der Direktwerbung dient (Art. 21 DSGVO). Soweit wir Ihre Daten mit Ihrer Einwilligung verarbeiten, können Sie diese jederzeit widerrufen (Art. 7 Abs. 3 DSGVO). Außerdem haben Sie das Recht, sich bei der Aufsichtsbehörde zu beschweren: ${controller.supervisoryAuthority.name}, ${controller.supervisoryAuthority.address}, ${controller.supervisoryAuthority.website} (Art. 77 DSGVO).
</#macro>

<#macro processing>
<#list answer.processingInfo as a>
${a?counter}. Zweck: ${a.purpose}
   Rechtsgrundlage: ${a.legalBasis}
   Datenkategorien: ${a.dataCategories?join(", ")}
   Empfänger: <#if a.recipients?has_content>${a.recipients?join(", ")}<#else>niemand außerhalb unseres Unternehmens</#if>
   Speicherdauer: ${a.retention}
   Herkunft der Daten: ${a.source}
</#list>
</#macro>

<#macro counted items><#list items as i>
- ${i.category} (Einträge: ${i.rows})
</#list></#macro>

<#macro reasonsOf s>
<#list s.reasons as r>
<#if r != "OTHER">
- ${reasonTexts[r]}
</#if>
</#list>
<#if s.details??>
${s.details}
</#if>
</#macro>

<#-- Art. 19: nur die tatsächlich informierten Empfänger, mit Datum; nur wenn Daten berichtigt, gelöscht oder eingeschränkt wurden. -->
<#macro art19>
<#if answer.art19>

Wen wir außerdem informiert haben (Art. 19 DSGVO)
<#if answer.notified?has_content>
Wir haben diejenigen, denen wir die betroffenen Daten offengelegt hatten, über unsere Maßnahmen informiert, damit sie ebenso verfahren:
<#list answer.notified as n>
- ${n.name}, am ${n.date}
</#list>
<#else>
Wir hatten die betroffenen Daten niemandem offengelegt; es war daher niemand sonst zu informieren.
</#if>
</#if>
</#macro>

<#macro byHand s>
<#if s.byHand?has_content>
Dies haben wir auch in Unterlagen umgesetzt, die wir außerhalb unserer Systeme führen:
<#list s.byHand as h>
- ${h.source} (am ${h.date})
</#list>
</#if>
</#macro>

<#-- Was wir für ein beantragtes Recht getan haben, nach dem Ausführungsprotokoll. -->
<#macro fulfilled s>
<#switch s.right>
<#case "ACCESS">
<#if s.copied?has_content>
Wir bestätigen, dass wir personenbezogene Daten über Sie verarbeiten. Diese Daten hatten wir über Sie gespeichert, als Ihr Antrag bei uns einging (die Kopie ist kostenlos, Art. 15 Abs. 3 DSGVO):
<#list s.copied as item>

${item.category} (Einträge: ${item.rows})
<#list item.values as row>
  - <#list row as field, value>${field}: ${value}<#sep>; </#sep></#list>
</#list>
</#list>

Wozu und wie wir sie verwenden (Art. 15 Abs. 1 DSGVO):
<@processing/>

<@yourRights/>
<#else>
Abgesehen von den Daten dieses Antrags verarbeiten wir keine personenbezogenen Daten über Sie (Art. 15 Abs. 1 DSGVO).
</#if>
<#if s.withheld?has_content>
Folgende Daten haben wir nicht in die Kopie aufgenommen: ${s.withheld?join(", ")}. ${reasonTexts["RIGHTS_OF_OTHERS"]}
<#if s.details??>${s.details}</#if>
</#if>
<#break>
<#case "PORTABILITY">
<#if s.exported?has_content>
Die Daten, die Sie uns bereitgestellt haben, sind in einem strukturierten, gängigen und maschinenlesbaren Format beigefügt, damit Sie sie an ein anderes Unternehmen weitergeben können (Art. 20 DSGVO): ${s.exported?join(", ")}.
<#else>
Wir haben keine Daten gespeichert, die Sie uns bereitgestellt haben und die wir auf Grundlage Ihrer Einwilligung oder eines Vertrags mit Ihnen verarbeiten; es gibt daher nichts zu übergeben (Art. 20 Abs. 1 DSGVO).
</#if>
<#if s.withheld?has_content>
Folgende Daten haben wir nicht in die Datei aufgenommen: ${s.withheld?join(", ")}. ${reasonTexts["RIGHTS_OF_OTHERS"]}
<#if s.details??>${s.details}</#if>
</#if>
<#break>
<#case "RECTIFICATION">
<#if s.corrected?has_content>
Wir haben folgende Daten berichtigt: ${s.corrected?join(", ")}.
<#elseif s.superseded>
Da Sie auch die Löschung Ihrer Daten verlangt haben, haben wir sie gelöscht, statt sie zu berichtigen (siehe unten).
<#else>
Ihre Daten entsprachen bereits dem, was Sie verlangt haben; es musste daher nichts geändert werden.
</#if>
<#break>
<#case "RESTRICTION">
<#if s.restricted?has_content>
Wir haben die Verarbeitung Ihrer personenbezogenen Daten in folgenden Bereichen eingeschränkt:
<@counted s.restricted/>
Ab jetzt speichern wir diese Daten nur noch. Anders verwenden wir sie nur mit Ihrer Einwilligung, für Rechtsansprüche, zum Schutz der Rechte einer anderen Person oder aus einem wichtigen öffentlichen Interesse (Art. 18 Abs. 2 DSGVO). Bevor wir die Einschränkung aufheben, informieren wir Sie (Art. 18 Abs. 3 DSGVO).
<#else>
Wir haben keine personenbezogenen Daten über Sie gefunden, deren Verarbeitung wir hätten einschränken können.
</#if>
<#break>
<#case "OBJECTION">
<#if s.stopped?has_content>
Wir haben die Verwendung Ihrer personenbezogenen Daten eingestellt, soweit Sie widersprochen haben (Art. 21 DSGVO):
<#list s.stopped as i>
- ${i.category} (Einträge: ${i.rows}): <#switch i.how><#case "DELETED">gelöscht<#break><#case "ANONYMISED">die Angaben zu Ihrer Person entfernt<#break><#default>nicht mehr verwendet; nur noch bis zur Löschung gespeichert</#switch>
</#list>
<#else>
Wir haben keine Verwendung Ihrer Daten festgestellt, die auf unseren berechtigten Interessen beruht oder der Direktwerbung dient; es musste daher nichts eingestellt werden.
</#if>
<#if s.kept?has_content>
Folgende Daten verwenden wir weiterhin, weil zwingende schutzwürdige Gründe dafür Ihre Interessen überwiegen (Art. 21 Abs. 1 DSGVO):
<@counted s.kept/>
<#if s.details??>${s.details}</#if>
</#if>
<#break>
<#case "CONSENT_WITHDRAWAL">
<#if s.stopped?has_content>
Wir haben den Widerruf Ihrer Einwilligung vermerkt und verarbeiten Ihre Daten nicht mehr auf dieser Grundlage:
<@counted s.stopped/>
Der Widerruf berührt nicht die Rechtmäßigkeit der Verarbeitung bis zum Widerruf (Art. 7 Abs. 3 DSGVO).
<#else>
Wir haben keine Verarbeitung Ihrer Daten auf Grundlage Ihrer Einwilligung festgestellt.
</#if>
<#break>
<#case "ERASURE">
<#if s.stopped?has_content>
Wir haben folgende personenbezogene Daten über Sie gelöscht:
<#list s.stopped as i>
- ${i.category} (Einträge: ${i.rows}): <#if i.how == "DELETED">gelöscht<#else>die Angaben zu Ihrer Person entfernt</#if>
</#list>
<#elseif !s.retained?has_content && !s.kept?has_content>
Wir haben keine personenbezogenen Daten über Sie gefunden, die zu löschen gewesen wären.
</#if>
<#if s.retained?has_content>
Das Gesetz verpflichtet uns, folgende Daten aufzubewahren; wir bewahren sie nur zu diesem Zweck auf und löschen sie, sobald die Frist abgelaufen ist:
<#list s.retained as i>
- ${i.category} (Einträge: ${i.rows}): ${i.legalGround}
</#list>
</#if>
<#if s.kept?has_content>
Folgende Daten bewahren wir auf, weil wir sie zur Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen benötigen (Art. 17 Abs. 3 lit. e DSGVO):
<@counted s.kept/>
<#if s.details??>${s.details}</#if>
</#if>
<#break>
<#case "AUTOMATED_DECISION">
Eine Person aus unserem Team hat die Entscheidung überprüft. Sie können uns jederzeit Ihren Standpunkt darlegen und die Entscheidung anfechten (Art. 22 Abs. 3 DSGVO).
<#break>
<#case "QUESTION">
${explanation}
<#break>
</#switch>
<@byHand s/>
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

<#-- Jedes beantragte Recht in der Reihenfolge des Antrags: was wir getan haben, oder dass wir es nicht tun können und warum. -->
<#macro outcomes>
<#list answer.sections as s>

${rightNames[s.right]?cap_first}
<#if s.fulfilled>
<@fulfilled s/>
<#else>
Diesen Teil Ihres Antrags können wir nicht erfüllen. Warum:
<@reasonsOf s/>
</#if>
</#list>
<@art19/>
<#if explanation?? && !answer.sections?filter(s -> s.right == "QUESTION" && s.fulfilled)?has_content>

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
