<#if recordingBasis == "CONSENT">
Wij willen dit gesprek graag opnemen, zodat wij kunnen aantonen wat er is gezegd en klachten kunnen behandelen.
${controller.companyName} neemt gesprekken alleen op met uw toestemming (art. 6 lid 1 onder a AVG).
Gaat u akkoord met de opname, druk dan op 1 of zeg "ja". Zonder uw toestemming wordt het gesprek niet opgenomen.
U kunt uw toestemming altijd intrekken; dat doet niets af aan de rechtmatigheid van de opname daarvoor (art. 7 lid 3 AVG).
<#else>
Dit gesprek wordt door ${controller.companyName} opgenomen, zodat wij kunnen aantonen wat er is gezegd en klachten kunnen behandelen.
Dat doen wij op grond van ons gerechtvaardigd belang (art. 6 lid 1 onder f AVG).
U kunt bezwaar maken tegen de opname (art. 21 AVG): zeg het dan nu, en het gesprek gaat verder zonder opname.
</#if>
Vragen over gegevensbescherming: ${controller.dataProtectionContact}. Alle informatie in onze privacyverklaring: ${controller.privacyPolicyUrl}
