<#-- Shared wording of the English letters. Every ${...} must be filled, or the letter is not sent. -->
<#assign rightNames = {
  "ACCESS": "access to your personal data (Art. 15 GDPR)",
  "RECTIFICATION": "correction of your personal data (Art. 16 GDPR)",
  "ERASURE": "erasure of your personal data (Art. 17 GDPR)",
  "RESTRICTION": "restriction of the use of your personal data (Art. 18 GDPR)",
  "PORTABILITY": "a copy of your data to take to another company (Art. 20 GDPR)",
  "OBJECTION": "objection to the use of your personal data (Art. 21 GDPR)",
  "CONSENT_WITHDRAWAL": "withdrawal of your consent (Art. 7(3) GDPR)",
  "AUTOMATED_DECISION": "a review of a decision made by automated means only (Art. 22 GDPR)",
  "QUESTION": "your question about how we use your personal data"
}>
<#assign reasonTexts = {
  "IDENTITY_NOT_ESTABLISHED": "We could not confirm that you are the person the data relate to. We may only show or change personal data when we are sure of this, so that nobody else can obtain or change your data (Art. 11(2) and Art. 12(6) GDPR).",
  "MANIFESTLY_UNFOUNDED": "The request is manifestly unfounded: it does not concern a right that data protection law gives you with regard to your personal data held by us (Art. 12(5) GDPR).",
  "EXCESSIVE": "The request is excessive, in particular because it repeats requests that we have already answered recently (Art. 12(5) GDPR).",
  "LEGAL_RETENTION_DUTY": "The law obliges us to keep certain data for a fixed period, for example invoices for tax and accounting purposes. We keep such data only for that purpose and delete it when the period ends (Art. 17(3)(b) GDPR).",
  "LEGAL_CLAIMS": "We need certain data to establish, exercise or defend legal claims, for example in a dispute that is still open (Art. 17(3)(e) GDPR).",
  "RIGHTS_OF_OTHERS": "Part of the information would reveal personal data of other people or otherwise harm their rights, so we cannot pass it on (Art. 15(4) GDPR).",
  "NO_DATA_HELD": "We have searched all our systems and hold no personal data about you (Art. 15(1) GDPR).",
  "COMPLEX_REQUEST": "Your request is complex, and we need more time to answer it completely and correctly (Art. 12(3) GDPR).",
  "NUMBER_OF_REQUESTS": "We have received an unusually large number of requests and need more time to answer yours properly (Art. 12(3) GDPR)."
}>

<#macro greeting>
Dear ${requesterName},
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

<#-- Art. 12(4): whenever we do not do (all of) what was asked, and whenever the customer stays unhappy. -->
<#macro remedies>
Your rights if you disagree (Art. 12(4) GDPR):
- You have the right to lodge a complaint with the supervisory authority (Art. 77 GDPR):
<@authority/>
- You have the right to go to court (an effective judicial remedy, Art. 79 GDPR). You can bring proceedings before the courts of the country where we are established or of the country where you live.
You can also write to us first at ${controller.dataProtectionContact}; we will look at your case again.
</#macro>

<#macro yourRights>
Your rights: you can ask us to correct inaccurate data (Art. 16 GDPR), to erase your data (Art. 17 GDPR) and to restrict its use (Art. 18 GDPR). You can object to the use of your data that is based on our legitimate interests or serves direct marketing (Art. 21 GDPR). Where we use your data with your consent, you can withdraw it at any time (Art. 7(3) GDPR). You also have the right to lodge a complaint with the supervisory authority, ${controller.supervisoryAuthority.name}, ${controller.supervisoryAuthority.address}, ${controller.supervisoryAuthority.website} (Art. 77 GDPR).
</#macro>

<#macro dataValues>
<#list dataFound as item>
<#if item.rows gt 0>
${item.category} (records: ${item.rows})
<#list item.values as row>
  - <#list row as field, value>${field}: ${value}<#sep>; </#sep></#list>
</#list>
</#if>
</#list>
</#macro>

<#macro processing>
<#list processingInfo as a>
${a?counter}. Purpose: ${a.purpose}
   Legal basis: ${a.legalBasis}
   Categories of data: ${a.dataCategories?join(", ")}
   Recipients: <#if a.recipients?has_content>${a.recipients?join(", ")}<#else>nobody outside our company</#if>
   How long we keep the data: ${a.retention}
   Where the data come from: ${a.source}
</#list>
</#macro>

<#macro art19Recipients>
<#if recipientsNotified?has_content>
We have informed everyone to whom we had disclosed the data concerned (Art. 19 GDPR):
<#list recipientsNotified as recipient>
- ${recipient}
</#list>
<#else>
We had not disclosed the data concerned to anyone, so there was nobody else to inform (Art. 19 GDPR).
</#if>
</#macro>

<#-- What was done for one requested right (answer and partial refusal). -->
<#macro outcome right>
<#switch right>
<#case "ACCESS">
<#if dataFound?filter(i -> i.rows gt 0)?has_content>
We confirm that we use personal data about you. This is the data we hold, free of charge (Art. 15(3) GDPR):

<@dataValues/>

Why and how we use it (Art. 15(1) GDPR):
<@processing/>

<@yourRights/>
<#else>
We have searched all our systems and hold no personal data about you (Art. 15(1) GDPR).
</#if>
<#break>
<#case "RECTIFICATION">
<#if correctionsApplied?has_content>
We have corrected the following data: ${correctionsApplied?join(", ")}.
<#else>
We have not corrected any data (see below).
</#if>
<@art19Recipients/>
<#break>
<#case "ERASURE">
<#if erased?filter(i -> i.rows gt 0)?has_content>
We have erased the following personal data about you:
<#list erased?filter(i -> i.rows gt 0) as item>
- ${item.category} (records: ${item.rows})
</#list>
<#else>
We have not erased any data (see below).
</#if>
<@art19Recipients/>
<#break>
<#case "RESTRICTION">
We have restricted the use of your personal data: from now on we only store it. We use it otherwise only with your consent, for legal claims, to protect another person or for an important public interest (Art. 18(2) GDPR). We will tell you before we lift the restriction (Art. 18(3) GDPR).
<@art19Recipients/>
<#break>
<#case "PORTABILITY">
Your data is attached to this message in a structured, commonly used and machine-readable format. You may pass it on to another company (Art. 20 GDPR).
<#break>
<#case "OBJECTION">
We have stopped using your personal data for the purposes you objected to (Art. 21 GDPR).
<#break>
<#case "CONSENT_WITHDRAWAL">
We have recorded the withdrawal of your consent and no longer use your data on that basis. The withdrawal does not affect what we did with your consent before (Art. 7(3) GDPR).
<#break>
<#case "AUTOMATED_DECISION">
A member of our staff has reviewed the decision. You can tell us your point of view and contest the decision at any time (Art. 22(3) GDPR).
<#break>
<#case "QUESTION">
${explanation}
<#break>
</#switch>
</#macro>

<#-- The files of an e-mailed answer, also as download links; printed only when the letter carries them. -->
<#macro downloads>
<#if downloadLinks?has_content>

Download your data
The files are attached to this e-mail. You can also download them with these links until the end of ${downloadLinksValidUntil}:
<#list downloadLinks as link>
- ${link.file}: ${link.url}
</#list>
Anyone who has these links can open the files, so please do not forward them. After that date the links no longer work; reply to this e-mail if you need your data again.
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
Kind regards,

<#if signedBy??>
${signedBy}
</#if>
Privacy team, ${controller.companyName}
${controller.address}
Data protection contact: ${controller.dataProtectionContact}
<#if controller.dpoName??>
Data protection officer: ${controller.dpoName}
</#if>
Privacy policy: ${controller.privacyPolicyUrl}

Please quote case number ${caseNumber} in any reply.
</#macro>
