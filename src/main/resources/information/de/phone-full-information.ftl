<#import "common.ftl" as c>
<#-- Vollständig vorgelesen, wenn der Anrufer diese Option im Sprachmenü wählt (Art. 13 Abs. 1 und 2); ein Satz je Zeile. -->
Sie hören die ausführliche Information darüber, wie ${controller.companyName} Ihre personenbezogenen Daten verwendet, wenn Sie uns anrufen.
Verantwortlich ist ${controller.companyName}, ${controller.address}.
<#if controller.dpoName??>Unseren Datenschutzbeauftragten, ${controller.dpoName}, erreichen Sie unter ${controller.dataProtectionContact}.<#else>Fragen zum Datenschutz richten Sie bitte an ${controller.dataProtectionContact}.</#if>
Was Sie uns im Gespräch sagen, Ihre Rufnummer und den Zeitpunkt des Anrufs verwenden wir, um Ihr Anliegen zu bearbeiten.
Rechtsgrundlage ist die Erfüllung eines Vertrags oder vorvertraglicher Maßnahmen (Art. 6 Abs. 1 lit. b DSGVO), bei anderen Anliegen unser berechtigtes Interesse, die Fragen unserer Kundinnen und Kunden zu beantworten (Art. 6 Abs. 1 lit. f DSGVO).
Fragen Sie nach Ihren personenbezogenen Daten oder machen Sie Ihre Rechte geltend, bearbeiten wir diesen Antrag, weil uns die DSGVO dazu verpflichtet (<@c.requestBasis/>).
Bricht Ihr Anruf ab, nachdem eine Mitarbeiterin oder ein Mitarbeiter ihn angenommen hat, können wir Sie einmal unter der Nummer zurückrufen, von der Sie anrufen, allein um dieses Gespräch zu Ende zu führen (Art. 6 Abs. 1 lit. f DSGVO).
<#if recordingBasis == "CONSENT">Wir zeichnen ein Gespräch nur auf, wenn Sie zu Beginn des Anrufs eingewilligt haben (Art. 6 Abs. 1 lit. a DSGVO); Sie können Ihre Einwilligung jederzeit widerrufen.<#else>Wir zeichnen Gespräche auf der Grundlage unseres berechtigten Interesses auf (Art. 6 Abs. 1 lit. f DSGVO); Sie können dem widersprechen.</#if>
Unsere IT- und Telefoniedienstleister verarbeiten die Daten in unserem Auftrag und nach unseren Weisungen.
Wir speichern die Daten des Anrufs, solange wir sie für Ihr Anliegen brauchen, danach nur so lange, wie es gesetzlich vorgeschrieben oder zur Abwehr von Ansprüchen nötig ist; die einzelnen Fristen nennt unsere Datenschutzerklärung.
Wir treffen keine ausschließlich automatisierten Entscheidungen über Sie.
Sie haben das Recht auf Auskunft, Berichtigung, Löschung und Einschränkung der Verarbeitung, auf Datenübertragbarkeit und auf Widerspruch gegen eine Verarbeitung, die auf unserem berechtigten Interesse beruht.
Sie können sich bei einer Aufsichtsbehörde beschweren, insbesondere in dem Mitgliedstaat Ihres gewöhnlichen Aufenthalts, Ihres Arbeitsplatzes oder des mutmaßlichen Verstoßes; für uns zuständig ist ${controller.supervisoryAuthority.name}.
Die Angabe Ihrer Daten ist freiwillig; ohne sie können wir Ihr Anliegen jedoch nicht bearbeiten.
Unsere vollständige Datenschutzerklärung finden Sie unter ${controller.privacyPolicyUrl}
