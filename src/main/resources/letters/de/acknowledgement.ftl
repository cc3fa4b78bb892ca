<#import "common.ftl" as c>
<#assign subject = "Ihr Antrag (Vorgangsnummer ${caseNumber}) ist bei uns eingegangen">
<@c.greeting/>

<#if rights?has_content>
wir haben Ihren Antrag am ${receivedAt} erhalten und unter der Vorgangsnummer ${caseNumber} erfasst. Ihr Antrag betrifft:
<@c.rightList/>
<#else>
wir haben Ihren Antrag am ${receivedAt} erhalten und unter der Vorgangsnummer ${caseNumber} erfasst. Wir lesen Ihre Nachricht jetzt, um festzustellen, welche Ihrer Rechte sie betrifft; unsere Antwort wird auf alles eingehen, worum Sie gebeten haben.
</#if>

So geht es weiter:
1. Wir prüfen, ob Sie die Person sind, auf die sich die Daten beziehen – damit niemand anderes Ihre Daten sehen oder ändern kann. Wenn wir dafür weitere Angaben brauchen, melden wir uns bei Ihnen.
2. Wir durchsuchen alle unsere Systeme nach personenbezogenen Daten über Sie.
3. Wir antworten Ihnen spätestens bis zum ${deadline} (einen Monat nach Eingang Ihres Antrags, Art. 12 Abs. 3 DSGVO). Ist Ihr Antrag komplex oder erhalten wir sehr viele Anträge, brauchen wir unter Umständen bis zu zwei weitere Monate. Dann teilen wir Ihnen das vor dem ${deadline} mit und nennen die Gründe.

Sie müssen jetzt nichts tun. Wenn Sie Ihrem Antrag etwas hinzufügen möchten, <@c.replyTo/>.

<@c.signature/>
