Three/CD police/NN officers/NNS were/VBD wounded/VBN when/WRB their/PRP$ patrol/NN was/VBD ambushed/VBN near/IN the/DT border/NN ,/, the/DT interior/NN ministry/NN said/VBD ./.
The/DT capital/NN 's/POS only/JJ power/NN station/NN has/VBZ been/VBN damaged/VBN beyond/IN repair/NN ./.
The/DT mayor/NN is/VBZ being/VBG investigated/VBN for/IN allegedly/RB taking/VBG bribes/NNS from/IN construction/NN firms/NNS ./.
The/DT villages/NNS were/VBD burned/VBN to/TO the/DT ground/NN and/CC their/PRP$ wells/NNS were/VBD poisoned/VBN ./.
Hundreds/NNS of/IN homes/NNS had/VBD been/VBN destroyed/VBN by/IN the/DT time/NN the/DT fire/NN was/VBD brought/VBN under/IN control/NN ./.
The/DT ceasefire/NN will/MD be/VB monitored/VBN by/IN observers/NNS from/IN the/DT African/NNP Union/NNP ./.
The/DT suspects/NNS are/VBP being/VBG questioned/VBN by/IN counter-terrorism/NN police/NNS ./.
The/DT embassy/NN was/VBD stormed/VBN by/IN a/DT crowd/NN of/IN several/JJ hundred/CD people/NNS ./.
Six/CD people/NNS have/VBP been/VBN arrested/VBN in/IN connection/NN with/IN the/DT attack/NN ./.
The/DT law/NN ,/, passed/VBN in/IN 2022/CD ,/, requires/VBZ groups/NNS funded/VBN from/IN abroad/RB to/TO register/VB as/IN foreign/JJ agents/NNS ./.
Most/JJS of/IN the/DT people/NNS killed/VBN in/IN the/DT earthquake/NN were/VBD asleep/JJ when/WRB their/PRP$ homes/NNS collapsed/VBD ./.
Children/NNS orphaned/VBN by/IN the/DT war/NN are/VBP being/VBG cared/VBN for/IN by/IN relatives/NNS ./.
The/DT aid/NN workers/NNS kidnapped/VBN last/JJ month/NN have/VBP been/VBN freed/VBN ,/, their/PRP$ organisation/NN said/VBD ./.
Ammunition/NN captured/VBN from/IN the/DT rebels/NNS was/VBD displayed/VBN to/TO journalists/NNS in/IN the/DT capital/NN ./.
Footage/NN shared/VBN on/IN social/JJ media/NNS showed/VBD smoke/NN rising/VBG over/IN the/DT airport/NN ./.
The/DT man/NN seen/VBN in/IN the/DT video/NN has/VBZ been/VBN identified/VBN as/IN a/DT former/JJ soldier/NN ./.
The/DT ships/NNS that/WDT were/VBD attacked/VBN were/VBD carrying/VBG grain/NN to/TO Egypt/NNP ./.
The/DT prosecutor/NN ,/, who/WP is/VBZ leading/VBG the/DT inquiry/NN ,/, said/VBD more/JJR arrests/NNS were/VBD likely/JJ ./.
Voters/NNS ,/, most/JJS of/IN whom/WP live/VBP in/IN rural/JJ areas/NNS ,/, will/MD choose/VB 300/CD members/NNS of/IN parliament/NN ./.
The/DT company/NN ,/, whose/WP$ chief/JJ executive/NN was/VBD arrested/VBN last/JJ week/NN ,/, said/VBD it/PRP would/MD cooperate/VB ./.
The/DT town/NN ,/, which/WDT lies/VBZ 20/CD kilometres/NNS from/IN the/DT front/NN ,/, is/VBZ shelled/VBN almost/RB daily/RB ./.
This/DT is/VBZ the/DT third/JJ time/NN that/IN the/DT pipeline/NN has/VBZ been/VBN sabotaged/VBN ./.
Officials/NNS said/VBD on/IN Wednesday/NNP that/IN the/DT death/NN toll/NN had/VBD risen/VBN to/TO 112/CD ./.
The/DT minister/NN told/VBD parliament/NN that/IN the/DT troops/NNS would/MD be/VB home/RB by/IN Christmas/NNP ./.
The/DT agency/NN said/VBD it/PRP was/VBD "/" deeply/RB concerned/JJ "/" about/IN the/DT safety/NN of/IN the/DT plant/NN ./.
The/DT general/NN was/VBD quoted/VBN as/IN saying/VBG that/IN the/DT offensive/NN would/MD last/VB "/" weeks/NNS ,/, not/RB months/NNS "/" ./.
He/PRP added/VBD that/IN no/DT decision/NN had/VBD been/VBN made/VBN ./.
According/VBG to/TO local/JJ media/NNS ,/, the/DT explosion/NN was/VBD heard/VBN 30/CD kilometres/NNS away/RB ./.
The/DT attack/NN ,/, according/VBG to/TO witnesses/NNS ,/, lasted/VBD about/RB 20/CD minutes/NNS ./.
"/" The/DT city/NN is/VBZ surrounded/VBN "/" ,/, the/DT commander/NN said/VBD in/IN a/DT video/NN posted/VBN on/IN Telegram/NNP ./.
"/" We/PRP have/VBP no/DT water/NN ,/, no/DT light/NN and/CC no/DT medicine/NN "/" ,/, a/DT nurse/NN told/VBD the/DT BBC/NNP by/IN phone/NN ./.
The/DT government/NN said/VBD the/DT protesters/NNS were/VBD "/" foreign-funded/JJ provocateurs/NNS "/" ,/, a/DT claim/NN they/PRP deny/VBP ./.
The/DT ministry/NN described/VBD the/DT incident/NN as/IN a/DT "/" provocation/NN "/" ./.
The/DT rebels/NNS reportedly/RB control/VBP two/CD thirds/NNS of/IN the/DT province/NN ./.
The/DT leader/NN is/VBZ said/VBN to/TO be/VB in/IN poor/JJ health/NN ./.
Witnesses/NNS said/VBD soldiers/NNS had/VBD fired/VBN into/IN the/DT air/NN and/CC then/RB at/IN the/DT crowd/NN ./.
Asked/VBN about/IN the/DT report/NN ,/, a/DT White/NNP House/NNP spokesman/NN said/VBD :/: "/" We/PRP do/VBP n't/RB comment/VB on/IN intelligence/NN matters/NNS ./. "/"
She/PRP said/VBD she/PRP did/VBD n't/RB know/VB where/WRB her/PRP$ son/NN was/VBD being/VBG held/VBN ./.
The/DT ministry/NN has/VBZ not/RB confirmed/VBN the/DT deaths/NNS ./.
He/PRP has/VBZ not/RB been/VBN seen/VBN in/IN public/NN since/IN the/DT coup/NN ./.
The/DT government/NN does/VBZ not/RB recognise/VB the/DT court/NN 's/POS authority/NN ./.
Israel/NNP has/VBZ never/RB confirmed/VBN or/CC denied/VBN having/VBG nuclear/JJ weapons/NNS ./.
The/DT two/CD men/NNS no/RB longer/RB speak/VBP to/TO each/DT other/JJ ./.
Protesters/NNS refused/VBD to/TO disperse/VB even/RB after/IN police/NNS fired/VBD warning/NN shots/NNS ./.
The/DT talks/NNS failed/VBD to/TO produce/VB a/DT breakthrough/NN ./.
The/DT army/NN has/VBZ failed/VBN to/TO stop/VB the/DT attacks/NNS ,/, despite/IN deploying/VBG 5,000/CD extra/JJ troops/NNS ./.
It/PRP is/VBZ not/RB the/DT first/JJ time/NN the/DT plant/NN has/VBZ lost/VBN power/NN ./.
Nothing/NN has/VBZ changed/VBN ,/, and/CC nothing/NN will/MD change/VB until/IN the/DT generals/NNS go/VBP ./.
None/NN of/IN the/DT passengers/NNS was/VBD hurt/VBN ./.
The/DT airline/NN will/MD resume/VB flights/NNS to/TO Tel/NNP Aviv/NNP next/JJ month/NN ./.
The/DT country/NN would/MD face/VB "/" severe/JJ consequences/NNS "/" if/IN it/PRP supplied/VBD missiles/NNS to/TO Russia/NNP ,/, the/DT envoy/NN said/VBD ./.
The/DT strike/NN could/MD have/VB killed/VBN hundreds/NNS if/IN the/DT shelter/NN had/VBD been/VBN full/JJ ./.
Investigators/NNS say/VBP the/DT fire/NN may/MD have/VB been/VBN started/VBN deliberately/RB ./.
The/DT court/NN could/MD rule/VB as/RB early/RB as/IN Friday/NNP ./.
The/DT rebels/NNS tried/VBD to/TO shoot/VB down/RP the/DT helicopter/NN but/CC missed/VBD ./.
The/DT junta/NN has/VBZ threatened/VBN to/TO expel/VB the/DT UN/NNP mission/NN ./.
The/DT company/NN plans/VBZ to/TO close/VB three/CD factories/NNS and/CC cut/VB 1,200/CD jobs/NNS ./.
The/DT opposition/NN has/VBZ vowed/VBN to/TO take/VB the/DT fight/NN to/TO the/DT streets/NNS ./.
He/PRP intends/VBZ to/TO run/VB for/IN president/NN in/IN 2028/CD ,/, his/PRP$ aides/NNS say/VBP ./.
The/DT militants/NNS are/VBP trying/VBG to/TO win/VB over/RP local/JJ tribes/NNS ./.
The/DT army/NN seized/VBD the/DT bridge/NN ,/, crossed/VBD the/DT river/NN and/CC advanced/VBD ten/CD kilometres/NNS in/IN a/DT day/NN ./.
The/DT gunmen/NNS took/VBD 30/CD hostages/NNS ,/, released/VBD five/CD of/IN them/PRP and/CC demanded/VBD a/DT plane/NN ./.
The/DT authorities/NNS closed/VBD schools/NNS ,/, cancelled/VBD flights/NNS and/CC told/VBD people/NNS to/TO stay/VB at/IN home/NN ./.
The/DT UN/NNP urged/VBD both/DT sides/NNS to/TO exercise/VB restraint/NN and/CC return/VB to/TO talks/NNS ./.
The/DT president/NN asked/VBD parliament/NN to/TO approve/VB the/DT deployment/NN of/IN troops/NNS to/TO Haiti/NNP ./.
The/DT EU/NNP called/VBD on/IN Belgrade/NNP to/TO recognise/VB Kosovo/NNP ./.
They/PRP persuaded/VBD the/DT fighters/NNS to/TO lay/VB down/RP their/PRP$ arms/NNS ./.
The/DT judge/NN allowed/VBD the/DT defendant/NN to/TO leave/VB the/DT country/NN for/IN medical/JJ treatment/NN ./.
The/DT regime/NN wants/VBZ the/DT West/NNP to/TO lift/VB sanctions/NNS before/IN any/DT talks/NNS begin/VBP ./.
Voters/NNS were/VBD urged/VBN to/TO stay/VB calm/JJ and/CC wait/VB for/IN the/DT official/JJ results/NNS ./.
He/PRP was/VBD convicted/VBN of/IN spreading/VBG false/JJ information/NN about/IN the/DT army/NN ./.
The/DT militia/NN is/VBZ blamed/VBN for/IN kidnapping/VBG hundreds/NNS of/IN students/NNS ./.
She/PRP was/VBD arrested/VBN for/IN holding/VBG up/RP a/DT blank/JJ sheet/NN of/IN paper/NN ./.
The/DT country/NN is/VBZ accused/VBN of/IN using/VBG migrants/NNS as/IN a/DT weapon/NN against/IN the/DT EU/NNP ./.
The/DT group/NN is/VBZ known/VBN for/IN kidnapping/VBG foreigners/NNS for/IN ransom/NN ./.
The/DT firm/NN was/VBD fined/VBN for/IN breaking/VBG sanctions/NNS on/IN North/NNP Korea/NNP ./.
The/DT talks/NNS focused/VBD on/IN reopening/VBG the/DT border/NN and/CC exchanging/VBG prisoners/NNS ./.
He/PRP was/VBD praised/VBN for/IN standing/VBG up/RP to/TO the/DT generals/NNS ./.
The/DT rebels/NNS insisted/VBD on/IN keeping/VBG their/PRP$ weapons/NNS ./.
The/DT ministry/NN warned/VBD against/IN travelling/VBG to/TO the/DT region/NN ./.
Upon/IN arriving/VBG in/IN Kyiv/NNP ,/, the/DT chancellor/NN laid/VBD a/DT wreath/NN at/IN the/DT memorial/NN ./.
The/DT Taliban/NNP have/VBP banned/VBN girls/NNS from/IN attending/VBG secondary/JJ school/NN ./.
The/DT president/NN set/VBD out/RP his/PRP$ plans/NNS in/IN a/DT speech/NN to/TO parliament/NN ./.
The/DT peace/NN deal/NN fell/VBD apart/RB within/IN weeks/NNS ./.
The/DT government/NN is/VBZ trying/VBG to/TO cover/VB up/RP the/DT scale/NN of/IN the/DT disaster/NN ,/, critics/NNS say/VBP ./.
The/DT militants/NNS have/VBP carried/VBN out/RP more/JJR than/IN 50/CD attacks/NNS this/DT year/NN ./.
The/DT last/JJ foreign/JJ troops/NNS pulled/VBD out/RP in/IN August/NNP ./.
The/DT rally/NN went/VBD ahead/RB despite/IN the/DT ban/NN ./.
Two/CD fighter/NN jets/NNS were/VBD shot/VBN down/RP over/IN the/DT sea/NN ./.
The/DT protests/NNS were/VBD sparked/VBN off/RP by/IN a/DT rise/NN in/IN bread/NN prices/NNS ./.
Police/NNS cracked/VBD down/RP on/IN illegal/JJ street/NN vendors/NNS ahead/RB of/IN the/DT summit/NN ./.
The/DT authorities/NNS are/VBP cracking/VBG down/RP on/IN dissent/NN ahead/RB of/IN the/DT anniversary/NN ./.
The/DT agreement/NN sets/VBZ out/RP a/DT timetable/NN for/IN the/DT withdrawal/NN of/IN foreign/JJ forces/NNS ./.
He/PRP stepped/VBD down/RP as/IN party/NN leader/NN after/IN the/DT defeat/NN but/CC stayed/VBD on/RP as/IN a/DT member/NN of/IN parliament/NN ./.
The/DT government/NN has/VBZ set/VBN up/RP camps/NNS for/IN those/DT displaced/VBN by/IN the/DT floods/NNS ./.
The/DT army/NN has/VBZ been/VBN called/VBN in/RP to/TO help/VB with/IN the/DT rescue/NN ./.
The/DT rebels/NNS gave/VBD up/RP the/DT town/NN without/IN a/DT fight/NN ./.
Fuel/NN supplies/NNS are/VBP running/VBG out/RP ,/, the/DT hospital/NN warned/VBD ./.
The/DT fire/NN was/VBD put/VBN out/RP after/IN six/CD hours/NNS ./.
A/DT spokesman/NN for/IN the/DT group/NN ,/, reached/VBN by/IN phone/NN ,/, said/VBD the/DT fighters/NNS had/VBD withdrawn/VBN "/" for/IN tactical/JJ reasons/NNS "/" ./.
The/DT bank/NN ,/, founded/VBN in/IN 1870/CD ,/, collapsed/VBD in/IN March/NNP ./.
The/DT detainees/NNS ,/, some/DT of/IN whom/WP had/VBD been/VBN held/VBN for/IN years/NNS without/IN trial/NN ,/, were/VBD released/VBN in/IN small/JJ groups/NNS ./.
Anyone/NN caught/VBN carrying/VBG a/DT weapon/NN will/MD be/VB arrested/VBN ,/, the/DT police/NNS warned/VBD ./.
The/DT road/NN linking/VBG the/DT two/CD cities/NNS has/VBZ been/VBN closed/VBN since/IN January/NNP ./.
People/NNS trapped/VBN in/IN the/DT building/NN were/VBD rescued/VBN by/IN firefighters/NNS using/VBG ladders/NNS ./.
The/DT money/NN ,/, intended/VBN for/IN flood/NN victims/NNS ,/, ended/VBD up/RP in/IN private/JJ bank/NN accounts/NNS ./.
The/DT rebels/NNS ,/, having/VBG captured/VBN the/DT airport/NN ,/, now/RB threaten/VBP the/DT capital/NN ./.
Having/VBG lost/VBN his/PRP$ majority/NN ,/, the/DT prime/JJ minister/NN called/VBD an/DT early/JJ election/NN ./.
The/DT ship/NN appears/VBZ to/TO have/VB been/VBN hit/VBN by/IN a/DT sea/NN drone/NN ./.
The/DT prisoner/NN is/VBZ reported/VBN to/TO have/VB died/VBN in/IN custody/NN ./.
The/DT attack/NN seems/VBZ to/TO have/VB been/VBN planned/VBN for/IN months/NNS ./.
The/DT rebels/NNS got/VBD into/IN the/DT city/NN through/IN tunnels/NNS dug/VBN under/IN the/DT walls/NNS ./.
Two/CD protesters/NNS got/VBD arrested/VBN for/IN climbing/VBG onto/IN the/DT roof/NN ./.
The/DT troops/NNS were/VBD sent/VBN in/IN order/NN to/TO protect/VB the/DT oil/NN fields/NNS ./.
The/DT bridge/NN was/VBD blown/VBN up/RP so/IN that/IN the/DT enemy/NN could/MD not/RB cross/VB ./.
The/DT government/NN wants/VBZ to/TO know/VB why/WRB the/DT warnings/NNS were/VBD ignored/VBN ./.
Nobody/NN knows/VBZ how/WRB many/JJ people/NNS are/VBP still/RB buried/VBN under/IN the/DT rubble/NN ./.
It/PRP is/VBZ unclear/JJ what/WP the/DT troops/NNS will/MD do/VB next/RB ./.
The/DT question/NN is/VBZ whether/IN the/DT truce/NN will/MD hold/VB ./.
The/DT police/NNS asked/VBD residents/NNS whether/IN they/PRP had/VBD seen/VBN anything/NN unusual/JJ ./.
Why/WRB did/VBD the/DT army/NN not/RB intervene/VB ?/.
How/WRB long/RB can/MD the/DT city/NN hold/VB out/RP ?/.
Will/MD the/DT sanctions/NNS work/VB ?/.
Is/VBZ the/DT ceasefire/NN holding/VBG ?/.
Who/WP ordered/VBD the/DT strike/NN ,/, and/CC why/WRB ?/.
What/WP happens/VBZ if/IN the/DT talks/NNS fail/VBP ?/.
Which/WDT side/NN broke/VBD the/DT truce/NN first/RB is/VBZ still/RB disputed/VBN ./.
The/DT rebels/NNS ,/, who/WP are/VBP backed/VBN by/IN Uganda/NNP ,/, deny/VBP any/DT role/NN in/IN the/DT massacre/NN ./.
The/DT man/NN whom/WP police/NNS arrested/VBD on/IN Sunday/NNP has/VBZ been/VBN released/VBN ./.
The/DT town/NN where/WRB the/DT bombs/NNS fell/VBD had/VBD no/DT military/JJ targets/NNS ,/, residents/NNS said/VBD ./.
It/PRP was/VBD the/DT day/NN when/WRB everything/NN changed/VBD ./.
The/DT minister/NN ,/, whose/WP$ son/NN was/VBD killed/VBN in/IN the/DT war/NN ,/, has/VBZ become/VBN a/DT voice/NN for/IN peace/NN ./.
Documents/NNS that/WDT were/VBD found/VBN in/IN the/DT compound/NN point/VBP to/TO links/NNS with/IN al-Qaeda/NNP ./.
There/EX is/VBZ a/DT risk/NN that/IN the/DT dam/NN will/MD burst/VB ./.
There/EX have/VBP been/VBN at/IN least/JJS 20/CD attacks/NNS on/IN health/NN workers/NNS this/DT year/NN ./.
There/EX was/VBD nothing/NN the/DT doctors/NNS could/MD do/VB ./.
The/DT foreign/JJ minister/NN said/VBD he/PRP hoped/VBD the/DT talks/NNS would/MD lead/VB to/TO a/DT lasting/JJ peace/NN ./.
The/DT army/NN chief/NN said/VBD his/PRP$ forces/NNS had/VBD "/" neutralised/VBN "/" 45/CD terrorists/NNS ./.
The/DT statement/NN did/VBD not/RB say/VB who/WP was/VBD behind/IN the/DT attack/NN ./.
He/PRP said/VBD ,/, "/" I/PRP have/VBP nothing/NN to/TO hide/VB ./. "/"
"/" Nobody/NN told/VBD us/PRP anything/NN "/" ,/, said/VBD one/CD woman/NN ,/, who/WP asked/VBD not/RB to/TO be/VB named/VBN ./.
"/" If/IN they/PRP attack/VBP ,/, we/PRP will/MD respond/VB "/" ,/, the/DT defence/NN minister/NN warned/VBD ./.
The/DT White/NNP House/NNP said/VBD it/PRP was/VBD "/" aware/JJ of/IN the/DT reports/NNS "/" and/CC was/VBD seeking/VBG more/JJR information/NN ./.
The/DT ministry/NN said/VBD on/IN its/PRP$ Telegram/NNP channel/NN that/IN it/PRP had/VBD destroyed/VBN 40/CD drones/NNS overnight/RB ./.
Officials/NNS told/VBD the/DT newspaper/NN that/IN the/DT attack/NN had/VBD been/VBN expected/VBN ./.
The/DT deal/NN still/RB needs/VBZ to/TO be/VB approved/VBN by/IN both/DT parliaments/NNS ./.
The/DT law/NN is/VBZ due/JJ to/TO take/VB effect/NN in/IN January/NNP ./.
The/DT strike/NN is/VBZ set/VBN to/TO continue/VB into/IN next/JJ week/NN ./.
The/DT leaders/NNS are/VBP expected/VBN to/TO sign/VB the/DT agreement/NN on/IN Friday/NNP ./.
The/DT government/NN is/VBZ about/IN to/TO announce/VB new/JJ restrictions/NNS ./.
The/DT country/NN is/VBZ likely/JJ to/TO miss/VB its/PRP$ growth/NN target/NN ./.
He/PRP is/VBZ unlikely/JJ to/TO stand/VB trial/NN before/IN next/JJ year/NN ./.
The/DT president/NN has/VBZ yet/RB to/TO comment/VB on/IN the/DT ruling/NN ./.
The/DT council/NN has/VBZ been/VBN unable/JJ to/TO agree/VB on/IN a/DT statement/NN ./.
The/DT talks/NNS are/VBP going/VBG to/TO be/VB difficult/JJ ,/, the/DT envoy/NN admitted/VBD ./.
The/DT army/NN used/VBD to/TO recruit/VB heavily/RB in/IN the/DT region/NN ./.
The/DT families/NNS have/VBP had/VBN to/TO wait/VB two/CD years/NNS for/IN answers/NNS ./.
The/DT soldiers/NNS were/VBD made/VBN to/TO kneel/VB and/CC then/RB shot/VBN ./.
The/DT regime/NN let/VBD the/DT journalists/NNS enter/VB the/DT city/NN under/IN escort/NN ./.
They/PRP saw/VBD the/DT soldiers/NNS drag/VB a/DT man/NN from/IN his/PRP$ car/NN ./.
The/DT police/NNS made/VBD the/DT protesters/NNS sit/VB on/IN the/DT ground/NN ./.
The/DT blast/NN was/VBD so/RB powerful/JJ that/IN windows/NNS were/VBD shattered/VBN two/CD kilometres/NNS away/RB ./.
The/DT fighting/NN was/VBD too/RB intense/JJ for/IN the/DT wounded/VBN to/TO be/VB evacuated/VBN ./.
The/DT rebels/NNS are/VBP not/RB strong/JJ enough/RB to/TO take/VB the/DT capital/NN ./.
The/DT army/NN has/VBZ not/RB only/RB lost/VBN ground/NN but/CC also/RB hundreds/NNS of/IN men/NNS ./.
The/DT plan/NN was/VBD rejected/VBN not/RB because/IN it/PRP was/VBD bad/JJ but/CC because/IN it/PRP came/VBD too/RB late/RB ./.
Whatever/WDT the/DT outcome/NN ,/, the/DT vote/NN will/MD change/VB the/DT country/NN ./.
The/DT EU/NNP and/CC Britain/NNP condemned/VBD the/DT strike/NN ,/, while/IN Russia/NNP and/CC China/NNP said/VBD nothing/NN ./.
The/DT president/NN fired/VBD the/DT army/NN chief/NN and/CC appointed/VBD a/DT loyalist/NN in/IN his/PRP$ place/NN ./.
The/DT rebels/NNS say/VBP they/PRP control/VBP the/DT airport/NN ,/, but/CC the/DT army/NN says/VBZ it/PRP still/RB holds/VBZ the/DT runway/NN ./.
The/DT tanks/NNS rolled/VBD into/IN the/DT square/NN ,/, and/CC the/DT crowd/NN scattered/VBD ./.
The/DT truce/NN was/VBD agreed/VBN on/IN Monday/NNP but/CC broken/VBN within/IN hours/NNS ./.
The/DT hostages/NNS were/VBD blindfolded/VBN ,/, tied/VBN up/RP and/CC driven/VBN to/TO an/DT unknown/JJ location/NN ./.
He/PRP was/VBD arrested/VBN at/IN the/DT airport/NN ,/, charged/VBN with/IN espionage/NN and/CC sentenced/VBN to/TO 16/CD years/NNS ./.
The/DT decision/NN ,/, announced/VBN late/RB on/IN Sunday/NNP ,/, surprised/VBD even/RB the/DT president/NN 's/POS allies/NNS ./.
The/DT village/NN ,/, abandoned/VBN by/IN its/PRP$ residents/NNS ,/, was/VBD later/RB occupied/VBN by/IN the/DT militia/NN ./.
The/DT number/NN of/IN people/NNS killed/VBN since/IN the/DT start/NN of/IN the/DT protests/NNS has/VBZ risen/VBN to/TO 78/CD ./.
The/DT government/NN said/VBD it/PRP had/VBD foiled/VBN a/DT plot/NN to/TO kill/VB the/DT president/NN ./.
The/DT army/NN said/VBD it/PRP would/MD open/VB a/DT corridor/NN to/TO let/VB civilians/NNS leave/VB ./.
The/DT minister/NN said/VBD he/PRP had/VBD been/VBN misquoted/VBN ./.
He/PRP said/VBD the/DT talks/NNS had/VBD gone/VBN well/RB but/CC that/IN more/JJR work/NN was/VBD needed/VBN ./.
The/DT prosecutor/NN said/VBD the/DT suspect/NN had/VBD confessed/VBN ,/, but/CC his/PRP$ lawyer/NN said/VBD the/DT confession/NN had/VBD been/VBN obtained/VBN under/IN torture/NN ./.
The/DT spokesman/NN would/MD not/RB say/VB whether/IN U.S./NNP troops/NNS had/VBD taken/VBN part/NN in/IN the/DT raid/NN ./.
Details/NNS of/IN the/DT agreement/NN have/VBP not/RB been/VBN made/VBN public/JJ ./.
The/DT cause/NN of/IN the/DT crash/NN is/VBZ being/VBG investigated/VBN ./.
The/DT building/NN had/VBD been/VBN evacuated/VBN minutes/NNS before/IN the/DT missile/NN struck/VBD ./.
The/DT victims/NNS have/VBP yet/RB to/TO be/VB identified/VBN ./.
The/DT plant/NN was/VBD shut/VBN down/RP in/IN 2022/CD and/CC has/VBZ not/RB produced/VBN electricity/NN since/RB ./.
Nothing/NN was/VBD done/VBN to/TO stop/VB the/DT looting/NN ./.
The/DT reporter/NN was/VBD detained/VBN for/IN six/CD hours/NNS and/CC questioned/VBN about/IN her/PRP$ sources/NNS before/IN being/VBG allowed/VBN to/TO go/VB ./.
The/DT opposition/NN said/VBD it/PRP would/MD not/RB accept/VB the/DT results/NNS ,/, which/WDT it/PRP described/VBD as/IN "/" fabricated/VBN "/" ./.
It/PRP remains/VBZ unclear/JJ whether/IN the/DT attackers/NNS acted/VBD alone/RB or/CC on/IN orders/NNS from/IN abroad/RB ./.
The/DT army/NN admitted/VBD that/IN it/PRP had/VBD mistakenly/RB struck/VBN a/DT wedding/NN party/NN ,/, and/CC it/PRP promised/VBD to/TO compensate/VB the/DT families/NNS ./.
Many/JJ of/IN those/DT who/WP stayed/VBD behind/RB were/VBD too/RB old/JJ or/CC too/RB sick/JJ to/TO travel/VB ./.
The/DT police/NNS did/VBD n't/RB arrive/VB until/IN the/DT shooting/NN had/VBD stopped/VBN ,/, witnesses/NNS said/VBD ./.
The/DT proposal/NN ,/, if/IN adopted/VBN ,/, would/MD allow/VB the/DT army/NN to/TO detain/VB suspects/NNS without/IN charge/NN for/IN 90/CD days/NNS ./.
The/DT general/NN ,/, who/WP was/VBD sacked/VBN in/IN May/NNP ,/, is/VBZ thought/VBN to/TO have/VB left/VBN the/DT country/NN ./.
Rescuers/NNS pulled/VBD a/DT girl/NN out/IN of/IN the/DT rubble/NN 60/CD hours/NNS after/IN the/DT quake/NN struck/VBD ./.
The/DT mayor/NN has/VBZ refused/VBN to/TO say/VB who/WP paid/VBD for/IN the/DT trip/NN ./.
Several/JJ ministers/NNS are/VBP said/VBN to/TO have/VB opposed/VBN the/DT decision/NN to/TO send/VB troops/NNS ,/, but/CC none/NN has/VBZ resigned/VBN ./.
