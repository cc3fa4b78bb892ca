<#import "common.ftl" as c>
<#assign subject = "Ihr Antrag (Vorgangsnummer ${caseNumber}): unsere weitere Antwort">
<@c.greeting/>

vielen Dank, dass Sie uns mitgeteilt haben, dass Sie mit unserer Antwort nicht zufrieden sind. Eine auf Datenschutz spezialisierte Person aus unserem Team hat Ihren Antrag vom ${receivedAt} noch einmal geprüft.
<@c.outcomes/>

<@c.remedies/>

<@c.signature/>
