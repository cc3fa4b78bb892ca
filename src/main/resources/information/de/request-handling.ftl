<#import "common.ftl" as c>
<#-- Die erste Informationsebene zu den Daten des Antrags selbst, in jeder Eingangsbestätigung (Art. 12 Abs. 1, Art. 13). -->
So verwenden wir die Daten Ihres Antrags: Verantwortlicher für die personenbezogenen Daten in Ihrem Antrag und in unserer Korrespondenz dazu ist ${controller.companyName}, ${controller.address}.
Wir verarbeiten sie ausschließlich, um Ihren Antrag zu bearbeiten und nachweisen zu können, wie wir ihn bearbeitet haben.
Dazu verpflichtet uns die DSGVO (<@c.requestBasis/>).
Wir speichern die Daten nach Abschluss des Vorgangs noch ${retention} und löschen sie dann.
Sie haben das Recht auf Auskunft über diese Daten, auf ihre Berichtigung und auf Einschränkung ihrer Verarbeitung; ihre Löschung können Sie verlangen, soweit uns keine gesetzliche Aufbewahrungspflicht trifft.
Sie können sich bei einer Aufsichtsbehörde beschweren, insbesondere in dem Mitgliedstaat Ihres gewöhnlichen Aufenthalts oder Ihres Arbeitsplatzes; für uns zuständig ist ${controller.supervisoryAuthority.name} (${controller.supervisoryAuthority.website}).
<@c.contact/>
Ausführliche Informationen zum Umgang mit personenbezogenen Daten: ${fullPolicyUrl}
